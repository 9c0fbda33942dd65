package org.partnershiphub.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Area", description = "An area of the local tree (from the directory's area.saved events)")
public record AreaView(@Schema(examples = "E07000063") String code, @Schema(examples = "Lewes") String name,
                       @Schema(examples = "district") String type, @Schema(examples = "E10000011") String parentCode) {
}
