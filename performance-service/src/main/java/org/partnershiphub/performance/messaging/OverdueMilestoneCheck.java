package org.partnershiphub.performance.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.service.MilestoneService;

import java.time.LocalDate;

/** Looks for milestones past their due date; each is announced once (milestone.overdue). */
@ApplicationScoped
public class OverdueMilestoneCheck {

    private final MilestoneService milestones;

    OverdueMilestoneCheck(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @Scheduled(every = "${hub.milestones.check-every}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        milestones.announceOverdue(LocalDate.now());
    }
}
