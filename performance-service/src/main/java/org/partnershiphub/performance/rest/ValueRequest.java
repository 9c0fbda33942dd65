package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ValueRequest", description = "The figure of an indicator in an area for a period")
public record ValueRequest(
        @Schema(examples = "NI 154") @NotBlank(message = "give the indicator's code") String indicatorCode,
        @Schema(examples = "E07000063") @NotBlank(message = "give the area's GSS code") String area,
        @Schema(examples = "2009-10-Q2", description = "2009-10 for a financial year, 2009-10-Q1..Q4 for its quarters")
        @NotBlank(message = "give the period, e.g. 2009-10 or 2009-10-Q2") String period,
        @Schema(examples = "112") @NotNull(message = "give the value as a number") BigDecimal value,
        @Schema(enumeration = {"provisional", "final", "revised"}, examples = "provisional")
        @Pattern(regexp = "provisional|final|revised", message = STATUS) String status,
        @Schema(examples = "Lewes DC housing monitoring") String source,
        String note,
        @Schema(description = "Why; needed when an admin records a value in a locked period") String reason) {

    static final String STATUS = "status is one of provisional, final, revised";
}
