package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskRequest")
public record RiskRequest(
        @Schema(examples = "Housing market downturn stalls developer-led schemes")
        @NotBlank(message = "describe the risk") String description,
        @Schema(examples = "4") @NotNull(message = "give the likelihood, 1 to 5")
        @Min(value = 1, message = "likelihood is 1 to 5") @Max(value = 5, message = "likelihood is 1 to 5") Integer likelihood,
        @Schema(examples = "4") @NotNull(message = "give the impact, 1 to 5")
        @Min(value = 1, message = "impact is 1 to 5") @Max(value = 5, message = "impact is 1 to 5") Integer impact,
        @Schema(examples = "Bring forward council-owned sites with the HCA") String mitigation,
        @Schema(examples = "Lewes DC Director of Planning") @Size(max = 300) String owner) {
}
