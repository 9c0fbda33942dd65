package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ValueRevisionRequest", description = "A corrected figure; the change is kept in the value's history")
public record ValueRevisionRequest(
        @NotNull(message = "give the value as a number") BigDecimal value,
        @Schema(enumeration = {"provisional", "final", "revised"}, description = "Defaults to revised")
        @Pattern(regexp = "provisional|final|revised", message = ValueRequest.STATUS) String status,
        String source,
        String note,
        @Schema(examples = "Audited figure replaces the provisional return")
        @NotBlank(message = "give the reason for the change") String reason) {
}
