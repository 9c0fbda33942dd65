package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "MissingReturns", description = "Per lead partnership, the targets still without a value for the period")
public record MissingReturnsView(String period, String method, int missing, List<Partnership> partnerships) {

    @Schema(name = "MissingReturnsPartnership")
    public record Partnership(UUID partnershipId, String name, List<Target> targets) {
    }

    @Schema(name = "MissingReturnsTarget")
    public record Target(UUID targetId, String title, String indicatorCode, String area, String frequency, String url) {
    }
}
