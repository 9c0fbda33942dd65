package org.partnershiphub.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** When digests and editions are queued; the dispatcher sends what is queued. */
@ApplicationScoped
public class SendingSchedule {

    private final DeliveryService deliveries;
    private final EditionService editions;

    SendingSchedule(DeliveryService deliveries, EditionService editions) {
        this.deliveries = deliveries;
        this.editions = editions;
    }

    /** Monday morning: last week's digest. */
    @Scheduled(identity = "weekly-digest", cron = "${notification.digest.weekly-cron:0 0 7 ? * MON}",
            timeZone = "Europe/London")
    void weeklyDigest() {
        deliveries.queueWeeklyDigest(LocalDate.now(ZoneOffset.UTC).minusWeeks(1));
    }

    @Scheduled(identity = "edition-sender", every = "${notification.edition.check-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dueEditions() {
        editions.sendDue();
    }
}
