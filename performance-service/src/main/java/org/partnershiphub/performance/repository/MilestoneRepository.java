package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.partnershiphub.performance.domain.Milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    public List<Milestone> ofTarget(UUID targetId) {
        return list("targetId", Sort.by("dueOn").and("id"), targetId);
    }

    /** Open milestones past their due date, whatever has been announced. */
    public List<Milestone> overdue(LocalDate today) {
        return list("status <> 'completed' and dueOn < ?1", Sort.by("dueOn"), today);
    }

    /** Overdue milestones not yet announced, locked so two instances never announce one twice. */
    public List<Milestone> overdueUnannounced(LocalDate today) {
        return find("status <> 'completed' and dueOn < ?1 and overduePublishedAt is null", today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
