package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.GlossaryTerm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "GlossaryTerm")
public record GlossaryView(UUID id, @Schema(examples = "cdrp") String slug, @Schema(examples = "CDRP") String term,
                           @Schema(examples = "Crime and Disorder Reduction Partnership") String expansion,
                           String definition, List<UUID> partnershipIds, List<String> themes, Instant updatedAt) {

    public static GlossaryView from(GlossaryTerm g) {
        return new GlossaryView(g.id, g.slug, g.term, g.expansion, g.definition,
                g.partnershipIds.stream().sorted().toList(), g.themeCodes.stream().sorted().toList(), g.updatedAt);
    }
}
