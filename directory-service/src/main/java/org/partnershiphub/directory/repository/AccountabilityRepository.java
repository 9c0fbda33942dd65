package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Accountability;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccountabilityRepository implements PanacheRepositoryBase<Accountability, Accountability.Key> {

    public List<Accountability> ofPartnership(UUID partnershipId) {
        return list("key.partnershipId = ?1 order by role desc, indicatorCode, title", partnershipId);
    }

    public List<Accountability> ofTarget(UUID targetId) {
        return list("key.targetId", targetId);
    }
}
