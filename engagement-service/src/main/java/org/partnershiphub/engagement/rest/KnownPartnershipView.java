package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.engagement.domain.PartnershipRef;

import java.util.List;
import java.util.UUID;

@Schema(name = "KnownPartnership", description = "A partnership as this service last heard of it from the directory")
public record KnownPartnershipView(UUID id, String slug, String name, String status, List<String> areas,
                                   List<String> themes) {

    public static KnownPartnershipView from(PartnershipRef p) {
        return new KnownPartnershipView(p.id, p.slug, p.name, p.status, List.of(p.areas), List.of(p.themes));
    }
}
