package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.domain.Item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Item", description = "Something a reader of the e-News would care about, made from another service's event")
public record ItemView(UUID id,
                       @Schema(description = "The event type it was made from", examples = "meeting.scheduled") String kind,
                       @Schema(examples = "Meeting scheduled: Wealden LSP board") String title,
                       String summary,
                       @Schema(description = "The resource in the service that owns it") String link,
                       @Schema(examples = "[\"community-safety\"]") List<String> themes,
                       @Schema(examples = "[\"E07000065\"]") List<String> areas,
                       List<Partnership> partnerships,
                       Instant occurredAt) {

    @Schema(name = "ItemPartnership")
    public record Partnership(UUID id, String name, @Schema(examples = "lead") String role) {
    }

    public static ItemView from(Item item) {
        return new ItemView(item.id, item.kind, item.title, item.summary, item.link, List.copyOf(item.themes),
                List.copyOf(item.areas),
                item.partnerships.stream().map(p -> new Partnership(p.id(), p.name(), p.role())).toList(),
                item.occurredAt);
    }

}
