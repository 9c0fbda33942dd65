package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.Webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Webhook", description = "An automated subscriber; the secret is never shown")
public record WebhookView(UUID id, String url, @Schema(enumeration = {"active", "disabled"}) String status,
                          boolean selfService, List<String> themes, List<String> areas, List<String> partnerships,
                          List<String> kinds, int consecutiveFailures,
                          @Schema(examples = "3 failed deliveries in a row; last: HTTP 500") String disabledReason,
                          Instant disabledAt, Instant createdAt) {

    public static WebhookView from(Webhook w) {
        return new WebhookView(w.id, w.url, w.status, w.selfService, List.copyOf(w.themes), List.copyOf(w.areas),
                List.copyOf(w.partnerships), List.copyOf(w.kinds), w.consecutiveFailures, w.disabledReason,
                w.disabledAt, w.createdAt);
    }
}
