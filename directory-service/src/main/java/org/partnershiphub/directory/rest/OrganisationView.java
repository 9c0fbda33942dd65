package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Organisation")
public record OrganisationView(UUID id, @Schema(examples = "sussex-police") String slug,
                               @Schema(examples = "Sussex Police") String name,
                               @Schema(examples = "public") String sector, @Schema(examples = "police") String dutyKind,
                               String website, @Schema(examples = "[\"GB-GOV-SUSSEX-POLICE\"]") List<String> identifiers,
                               Instant createdAt, Instant updatedAt) {

    public static OrganisationView from(Organisation o) {
        return new OrganisationView(o.id, o.slug, o.name, o.sector, o.dutyKind, o.website, List.of(o.identifiers),
                o.createdAt, o.updatedAt);
    }
}
