package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "TargetRequest", description = "A target an agreement sets on one indicator in one area")
public record TargetRequest(
        @NotNull(message = "give the agreement's id") UUID agreementId,
        @Schema(examples = "NI 154") @NotBlank(message = "give the indicator's code") String indicatorCode,
        @Schema(examples = "E07000063") @NotBlank(message = "give the area's GSS code") @Size(max = 20) String area,
        @Schema(description = "A partnership known from the directory")
        @NotNull(message = "give the id of the partnership leading the target") UUID leadPartnershipId,
        List<UUID> contributingPartnershipIds,
        @Schema(examples = "housing") @NotBlank(message = "give the theme code, e.g. housing") String theme,
        @Schema(examples = "420") @NotNull(message = "give the baseline value") BigDecimal baselineValue,
        @Schema(examples = "2007-08") @NotBlank(message = "give the baseline period, e.g. 2007-08") String baselinePeriod,
        @Schema(description = "Value to reach by the end of each financial year", examples = "{\"2008-09\": 440, \"2009-10\": 470, \"2010-11\": 500}")
        @NotEmpty(message = "give at least one yearly target, e.g. {\"2010-11\": 500}") Map<String, BigDecimal> targets,
        @Schema(description = "Percent of the trajectory value a figure may fall short by and still be amber; default 5", examples = "5")
        @DecimalMin(value = "0", message = "amber_tolerance is a percentage, 0 or more") BigDecimal amberTolerance,
        @Schema(description = "Defaults to the start of the agreement's first year") LocalDate effectiveFrom,
        @Schema(description = "Defaults to the agreement's accountable body") String approvedBy,
        String reason) {
}
