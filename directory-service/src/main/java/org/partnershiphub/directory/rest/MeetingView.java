package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Meeting")
public record MeetingView(UUID id, UUID partnershipId, @Schema(examples = "Board meeting") String title,
                          Instant startsAt, Instant endsAt, String place, @JsonProperty("public") boolean isPublic,
                          @Schema(examples = "scheduled", enumeration = {"scheduled", "cancelled", "held"}) String status,
                          List<MeetingRequest.AgendaItem> agenda, List<MeetingRequest.DocumentLink> documents,
                          Instant updatedAt) {
}
