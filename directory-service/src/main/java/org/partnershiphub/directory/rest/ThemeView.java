package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Theme;

@Schema(name = "Theme", description = "A Pride of Place theme, population group or cross-cutting priority")
public record ThemeView(@Schema(examples = "community-safety") String code,
                        @Schema(examples = "Community safety") String name,
                        @Schema(examples = "theme", enumeration = {"theme", "population-group", "cross-cutting"}) String kind,
                        String parentCode, String description) {

    public static ThemeView from(Theme t) {
        return new ThemeView(t.code, t.name, t.kind, t.parentCode, t.description);
    }
}
