package org.partnershiphub.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Makes due webhook calls off the Kafka threads; each outcome is recorded in its own transaction. */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookService webhooks;
    private final NotificationConfig config;

    WebhookDispatcher(WebhookService webhooks, NotificationConfig config) {
        this.webhooks = webhooks;
        this.config = config;
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${notification.webhooks.interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        List<UUID> due = webhooks.claimDue(config.webhooks().batchSize());
        for (UUID id : due) {
            webhooks.prepare(id).ifPresent(webhooks::call);
        }
    }
}
