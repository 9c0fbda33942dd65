package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AreaRequest", description = "An area to add or change")
public record AreaRequest(
        @Schema(description = "ONS GSS code", examples = "E07000063")
        @NotNull(message = "give the ONS GSS code, e.g. E07000063")
        @Pattern(regexp = "[A-Z][0-9]{8}", message = "a GSS code is a capital letter and eight digits, e.g. E07000063")
        String code,
        @Schema(examples = "Lewes") @NotBlank(message = "give the area's name") @Size(max = 200) String name,
        @Schema(examples = "district", enumeration = {"county", "district", "ward", "other"})
        @NotNull(message = TYPE_MESSAGE) @Pattern(regexp = "county|district|ward|other", message = TYPE_MESSAGE) String type,
        @Schema(description = "GSS code of the containing area", examples = "E10000011") String parentCode) {

    static final String TYPE_MESSAGE = "give the type: one of county, district, ward, other";
}
