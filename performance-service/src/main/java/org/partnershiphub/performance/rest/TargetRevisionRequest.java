package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

@Schema(name = "TargetRevisionRequest",
        description = "A new version of a target's figures; fields left out keep the values of the latest version")
public record TargetRevisionRequest(
        @Schema(examples = "2010-04-01") @NotNull(message = "give the date the revision takes effect") LocalDate effectiveFrom,
        @Schema(examples = "Refresh of the LAA agreed with GOSE after the recession")
        @NotBlank(message = "give the reason for the revision") String reason,
        @Schema(examples = "East Sussex Strategic Partnership Board")
        @NotBlank(message = "give the board that approved the revision") String approvedBy,
        BigDecimal baselineValue,
        String baselinePeriod,
        @Schema(examples = "{\"2010-11\": 480}") Map<String, BigDecimal> targets,
        @DecimalMin(value = "0", message = "amber_tolerance is a percentage, 0 or more") BigDecimal amberTolerance) {
}
