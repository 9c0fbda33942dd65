package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Area;

import java.time.Instant;

@Schema(name = "Area", description = "A place, by ONS GSS code")
public record AreaView(@Schema(examples = "E07000063") String code, @Schema(examples = "Lewes") String name,
                       @Schema(examples = "district") String type, @Schema(examples = "E10000011") String parentCode,
                       Instant createdAt, Instant updatedAt) {

    public static AreaView from(Area a) {
        return new AreaView(a.code, a.name, a.type, a.parentCode, a.createdAt, a.updatedAt);
    }
}
