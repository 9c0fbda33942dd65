package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRequest", description = "A measure to record values and set targets against")
public record IndicatorRequest(
        @Schema(examples = "NI 154") @NotBlank(message = "give the indicator's code, e.g. NI 154") @Size(max = 40) String code,
        @Schema(examples = "Net additional homes provided") @NotBlank(message = "give the indicator's title") @Size(max = 300) String title,
        @Schema(examples = "The net increase in dwelling stock over one year") String definition,
        @Schema(examples = "dwellings") @NotBlank(message = "give the unit, e.g. dwellings or %") @Size(max = 60) String unit,
        @Schema(examples = "higher", enumeration = {"higher", "lower"})
        @NotNull(message = POLARITY) @Pattern(regexp = "higher|lower", message = POLARITY) String polarity,
        @Schema(examples = "annual", enumeration = {"quarterly", "annual"})
        @NotNull(message = FREQUENCY) @Pattern(regexp = "quarterly|annual", message = FREQUENCY) String frequency,
        @Schema(examples = "CLG Housing Flows Reconciliation") @Size(max = 300) String source) {

    static final String POLARITY = "give the polarity: higher or lower (which is better)";
    static final String FREQUENCY = "give the frequency: quarterly or annual";
}
