package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.Delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Delivery", description = "One email to one subscriber for one send")
public record DeliveryView(UUID id,
                           @Schema(enumeration = {"confirmation", "manage-link", "immediate", "digest", "edition"}) String kind,
                           @Schema(examples = "edition:7c1d…") String sendKey,
                           @Schema(enumeration = {"queued", "sending", "sent", "failed", "bounced", "cancelled"}) String status,
                           int attempts, String lastError, List<String> itemIds, Instant createdAt, Instant sentAt) {

    public static DeliveryView from(Delivery d) {
        return new DeliveryView(d.id, d.kind, d.sendKey, d.status, d.attempts, d.lastError, List.copyOf(d.itemIds),
                d.createdAt, d.sentAt);
    }
}
