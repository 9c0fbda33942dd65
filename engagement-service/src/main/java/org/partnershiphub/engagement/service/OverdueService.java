package org.partnershiphub.engagement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.messaging.Outbox;
import org.partnershiphub.engagement.messaging.events.EngagementNotice;
import org.partnershiphub.engagement.repository.EngagementRepository;
import org.partnershiphub.engagement.rest.OverdueView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Outcomes owed and not delivered: listed for anyone, and announced once each as outcome.overdue. */
@ApplicationScoped
public class OverdueService {

    private static final int BATCH = 100;

    private final EngagementRepository engagements;
    private final EngagementService engagementService;
    private final Outbox outbox;

    OverdueService(EngagementRepository engagements, EngagementService engagementService, Outbox outbox) {
        this.engagements = engagements;
        this.engagementService = engagementService;
        this.outbox = outbox;
    }

    @Transactional
    public List<OverdueView> overdue() {
        LocalDate today = EngagementService.today();
        List<Engagement> late = engagements.outcomeOverdue(today);
        var views = engagementService.views(late);
        return views.stream().map(v -> new OverdueView(v, ChronoUnit.DAYS.between(v.feedbackDueOn(), today))).toList();
    }

    @Scheduled(every = "${hub.engagement.overdue-check}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        announceOverdue();
    }

    /** Announces every newly overdue outcome; returns how many were announced by this call. */
    public int announceOverdue() {
        int total = 0;
        int announced;
        do {
            announced = announceBatch();
            total += announced;
        } while (announced == BATCH);
        return total;
    }

    /**
     * Claims overdue, unannounced engagements with a row lock that other instances skip, marks them
     * announced and writes the event in the same transaction: each is announced exactly once.
     */
    @Transactional
    public int announceBatch() {
        List<Engagement> due = engagements.claimOverdueUnannounced(EngagementService.today(), BATCH);
        Instant now = Instant.now();
        for (Engagement e : due) {
            e.overdueNotifiedAt = now;
            outbox.publish(engagementService.notice(EngagementNotice.OUTCOME_OVERDUE, e));
        }
        return due.size();
    }
}
