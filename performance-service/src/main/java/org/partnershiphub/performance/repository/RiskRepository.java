package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.Risk;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    public List<Risk> ofTarget(UUID targetId) {
        return list("targetId", Sort.by("createdAt").and("id"), targetId);
    }

    public List<Risk> withScoreAtLeast(int score) {
        return list("likelihood * impact >= ?1", Sort.by("targetId"), score);
    }
}
