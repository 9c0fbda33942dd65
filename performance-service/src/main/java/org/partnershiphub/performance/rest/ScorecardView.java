package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Scorecard", description = "Targets grouped by theme, lead partnership or area, each with its latest status")
public record ScorecardView(@Schema(enumeration = {"theme", "partnership", "area"}) String by, String method,
                            List<Group> groups) {

    @Schema(name = "ScorecardGroup")
    public record Group(String key, String name, int green, int amber, int red, int noData, List<Row> targets) {
    }

    @Schema(name = "ScorecardRow")
    public record Row(UUID targetId, String title, String indicatorCode, String area, String theme,
                      UUID leadPartnershipId, String leadPartnership, String latestPeriod, Double actual,
                      Double trajectory, String rag, String directionVsPrevious, String directionVsLastYear,
                      String projection, String url) {
    }
}
