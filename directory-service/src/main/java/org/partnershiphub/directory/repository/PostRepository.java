package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Post;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    public List<Post> ofPartnership(UUID partnershipId) {
        return list("partnershipId = ?1 order by title, id", partnershipId);
    }

    public List<Post> ofPartnerships(Collection<UUID> partnershipIds) {
        return partnershipIds.isEmpty() ? List.of() : list("partnershipId in ?1 order by title, id", partnershipIds);
    }

    public List<Post> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Post> all() {
        return list("order by partnershipId, title, id");
    }
}
