package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementRequest", description = "A Local Area Agreement")
public record AgreementRequest(
        @Schema(examples = "East Sussex LAA 2008-11") @NotBlank(message = "give the agreement's name") @Size(max = 300) String name,
        @Schema(description = "GSS code of the area", examples = "E10000011")
        @NotBlank(message = "give the area's GSS code, e.g. E10000011") @Size(max = 20) String area,
        @Schema(examples = "2008-09") @NotBlank(message = "give the first financial year, e.g. 2008-09") String firstYear,
        @Schema(examples = "2010-11") @NotBlank(message = "give the last financial year, e.g. 2010-11") String lastYear,
        @Schema(examples = "East Sussex County Council")
        @NotBlank(message = "give the accountable body") @Size(max = 300) String accountableBody) {
}
