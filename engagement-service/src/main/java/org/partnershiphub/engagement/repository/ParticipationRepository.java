package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.Participation;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ParticipationRepository implements PanacheRepositoryBase<Participation, UUID> {

    public List<Participation> forEngagements(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("engagementId in ?1", ids);
    }
}
