package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.PartnershipRef;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRefRepository implements PanacheRepositoryBase<PartnershipRef, UUID> {

    public List<PartnershipRef> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
