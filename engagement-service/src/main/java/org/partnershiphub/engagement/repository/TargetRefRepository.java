package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.TargetRef;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TargetRefRepository implements PanacheRepositoryBase<TargetRef, UUID> {

    public List<TargetRef> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
