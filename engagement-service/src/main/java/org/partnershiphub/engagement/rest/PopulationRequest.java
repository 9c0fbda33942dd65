package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "ReferencePopulationRequest",
        description = "Shares (0–1) of an area's residents per group; replaces what was loaded for the area")
public record PopulationRequest(
        @Schema(examples = "Illustrative figures for the demo, not official statistics")
        @NotBlank(message = "say where the figures come from (source)") @Size(max = 300) String source,
        @Schema(description = "True for made-up or rounded figures that must not be quoted", examples = "true")
        @NotNull(message = "say whether the figures are illustrative") Boolean illustrative,
        @Schema(description = "dimension (age-band or population-group) → group code → share",
                examples = "{\"age-band\": {\"0-15\": 0.17, \"16-24\": 0.10, \"25-64\": 0.49, \"65+\": 0.24}, \"population-group\": {\"older-people\": 0.24, \"children-young-people\": 0.22}}")
        @NotEmpty(message = "give shares for at least one dimension") Map<String, Map<String, BigDecimal>> shares) {
}
