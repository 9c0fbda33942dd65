package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "LinksRequest", description = "The LAA targets and Pride of Place themes an engagement informs (replaces both lists)")
public record LinksRequest(
        @Schema(examples = "[\"9b2f8c1e-7a4d-4e0b-8f3a-2c1d5e6f7a8b\"]") @NotNull(message = "give target_ids (may be empty)")
        List<@NotNull UUID> targetIds,
        @Schema(examples = "[\"housing\", \"reducing-inequalities\"]") @NotNull(message = "give themes (may be empty)")
        List<String> themes) {
}
