package org.partnershiphub.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.service.Criteria;

import java.util.List;

@Schema(name = "SubscriptionRequest",
        description = "Criteria (any of each listed dimension, all listed dimensions; empty = everything) and frequency")
public record SubscriptionRequest(
        @NotNull(message = "frequency is required: immediate, weekly or monthly")
        @Pattern(regexp = "immediate|weekly|monthly", message = "frequency must be immediate, weekly or monthly")
        @Schema(enumeration = {"immediate", "weekly", "monthly"}, examples = "monthly") String frequency,
        @Schema(examples = "[\"community-safety\"]") List<String> themes,
        @Schema(description = "GSS codes; each covers its sub-areas", examples = "[\"E10000011\"]") List<String> areas,
        @Schema(description = "Partnership ids") List<String> partnerships,
        @Schema(description = "Item kinds (event types)", examples = "[\"meeting.scheduled\"]") List<String> kinds) {

    public Criteria criteria() {
        return new Criteria(themes, areas, partnerships, kinds).validated();
    }
}
