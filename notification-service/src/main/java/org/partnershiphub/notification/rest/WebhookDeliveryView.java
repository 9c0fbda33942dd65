package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.WebhookDelivery;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "One item POSTed (or being retried) to one webhook")
public record WebhookDeliveryView(UUID id, UUID itemId,
                                  @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
                                  int attempts, Instant nextAttemptAt,
                                  @Schema(description = "HTTP status of the last attempt") Integer lastStatus,
                                  String lastError, Instant createdAt, Instant deliveredAt) {

    public static WebhookDeliveryView from(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.itemId, d.status, d.attempts, d.nextAttemptAt, d.lastStatus, d.lastError,
                d.createdAt, d.deliveredAt);
    }
}
