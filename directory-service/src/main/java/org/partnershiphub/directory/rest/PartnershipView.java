package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.PartnershipType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Partnership")
public record PartnershipView(UUID id, @Schema(examples = "wealden-lsp") String slug,
                              @Schema(examples = "Wealden Local Strategic Partnership") String name,
                              PartnershipType type, boolean statutory, UUID parentId, List<UUID> linkedLspIds,
                              @Schema(examples = "[\"E07000065\"]") List<String> areas,
                              @Schema(examples = "[\"housing\"]") List<String> themes,
                              String vision, List<String> priorities,
                              @Schema(examples = "active", enumeration = {"active", "dissolved"}) String status,
                              LocalDate establishedOn, LocalDate dissolvedOn, String website,
                              @Schema(examples = "lsp@wealden.gov.uk") String contactEmail,
                              @Schema(examples = "Quarterly") String meetingFrequency, Integer boardSize,
                              Instant createdAt, Instant updatedAt) {

    public static PartnershipView from(Partnership p) {
        return new PartnershipView(p.id, p.slug, p.name, p.type, p.statutory, p.parentId,
                p.linkedLspIds.stream().sorted().toList(), p.areaCodes.stream().sorted().toList(),
                p.themeCodes.stream().sorted().toList(), p.vision, List.of(p.priorities), p.status,
                p.establishedOn, p.dissolvedOn, p.website, p.contactEmail, p.meetingFrequency, p.boardSize,
                p.createdAt, p.updatedAt);
    }

    /** The partnership as it stood on a day: dissolved only if it had been dissolved by then. */
    public static PartnershipView asAt(Partnership p, LocalDate day) {
        PartnershipView now = from(p);
        if (day == null) {
            return now;
        }
        boolean dissolved = p.dissolvedOn != null && !p.dissolvedOn.isAfter(day);
        return new PartnershipView(now.id, now.slug, now.name, now.type, now.statutory, now.parentId, now.linkedLspIds,
                now.areas, now.themes, now.vision, now.priorities, dissolved ? Partnership.DISSOLVED : Partnership.ACTIVE,
                now.establishedOn, dissolved ? p.dissolvedOn : null, now.website, now.contactEmail,
                now.meetingFrequency, now.boardSize, now.createdAt, now.updatedAt);
    }
}
