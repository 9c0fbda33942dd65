package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ReuseRequest", description = "A partnership adding itself to a case study's reused-by list")
public record ReuseRequest(
        @Schema(examples = "6a1d3c2e-0b7f-4d47-9a51-3f6c2e8b9d10") @NotNull(message = "give the partnership_id") UUID partnershipId,
        @Schema(examples = "Running a similar scheme with Lewes youth services from 2009") @Size(max = 1000) String note) {
}
