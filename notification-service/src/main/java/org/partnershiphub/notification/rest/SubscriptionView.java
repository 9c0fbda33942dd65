package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.Subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Subscription")
public record SubscriptionView(UUID id, String frequency,
                               @Schema(enumeration = {"pending", "active", "cancelled"}) String status,
                               List<String> themes, List<String> areas, List<String> partnerships, List<String> kinds,
                               Instant createdAt, Instant confirmedAt, Instant cancelledAt) {

    public static SubscriptionView from(Subscription s) {
        return new SubscriptionView(s.id, s.frequency, s.status, List.copyOf(s.themes), List.copyOf(s.areas),
                List.copyOf(s.partnerships), List.copyOf(s.kinds), s.createdAt, s.confirmedAt, s.cancelledAt);
    }
}
