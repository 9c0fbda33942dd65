package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.StatusChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> history(UUID engagementId) {
        return list("engagementId = ?1 order by id", engagementId);
    }
}
