package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.Subscriber;
import org.partnershiphub.notification.domain.Subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Subscriber", description = "Personal data: shown only to the subscriber (by manage link) and to bulletin editors")
public record SubscriberView(UUID id, String email,
                             @Schema(enumeration = {"active", "suspended"}) String status,
                             Instant confirmedAt, int softBounces, String suspendedReason, Instant createdAt,
                             List<SubscriptionView> subscriptions) {

    public static SubscriberView from(Subscriber s, List<Subscription> subscriptions) {
        return new SubscriberView(s.id, s.email, s.status, s.confirmedAt, s.softBounces, s.suspendedReason, s.createdAt,
                subscriptions.stream().map(SubscriptionView::from).toList());
    }
}
