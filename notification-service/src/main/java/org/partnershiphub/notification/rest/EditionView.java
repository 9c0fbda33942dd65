package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Edition", description = "One month's e-News")
public record EditionView(UUID id,
                          @Schema(examples = "2026-11") String month,
                          @Schema(examples = "ESSP e-News – November 2026") String title,
                          @Schema(description = "The editor's introduction") String editorial,
                          @Schema(enumeration = {"draft", "approved", "sent"}) String status,
                          Instant sendAt, Instant approvedAt, Instant sentAt,
                          @Schema(description = "Included items, in edition order") List<ItemView> items) {
}
