package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "KnownArea", description = "An area as this service last heard of it from the directory")
public record KnownAreaView(String code, String name, String parentCode,
                            @Schema(description = "Codes of the areas containing it, nearest first") List<String> ancestors) {
}
