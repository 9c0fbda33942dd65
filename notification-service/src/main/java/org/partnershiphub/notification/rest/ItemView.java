package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.Item;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Item", description = "Something a reader of the e-News would care about")
public record ItemView(UUID id,
                       @Schema(examples = "new-partnership") String kind,
                       String title, String summary, String link, UUID partnershipId, Instant occurredAt) {

    public static ItemView from(Item item) {
        return new ItemView(item.id, item.kind, item.title, item.summary, item.link, item.partnershipId, item.occurredAt);
    }
}
