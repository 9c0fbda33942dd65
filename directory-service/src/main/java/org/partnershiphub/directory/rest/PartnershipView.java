package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.PartnershipType;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Partnership")
public record PartnershipView(UUID id, String slug, String name, PartnershipType type,
                              Instant createdAt, Instant updatedAt) {

    public static PartnershipView from(Partnership p) {
        return new PartnershipView(p.id, p.slug, p.name, p.type, p.createdAt, p.updatedAt);
    }
}
