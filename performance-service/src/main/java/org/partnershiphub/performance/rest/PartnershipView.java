package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.PartnershipRecord;

import java.util.List;
import java.util.UUID;

@Schema(name = "Partnership", description = "A partnership as the directory announced it")
public record PartnershipView(UUID id, String slug, String name, String status, List<String> areas, List<String> themes) {

    public static PartnershipView from(PartnershipRecord p) {
        return new PartnershipView(p.id, p.slug, p.name, p.status, List.of(p.areas), List.of(p.themes));
    }
}
