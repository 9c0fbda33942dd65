package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ExceptionReport",
        description = "Red targets, overdue milestones and high risks (likelihood × impact ≥ 15), per partnership and per theme")
public record ExceptionReportView(LocalDate asOf, String method, List<Section> byPartnership, List<Section> byTheme) {

    @Schema(name = "ExceptionSection")
    public record Section(String key, String name, List<RedTarget> redTargets, List<OverdueMilestone> overdueMilestones,
                          List<HighRisk> highRisks) {
    }

    @Schema(name = "ExceptionRedTarget")
    public record RedTarget(UUID targetId, String title, String period, Double actual, Double trajectory, String url) {
    }

    @Schema(name = "ExceptionOverdueMilestone")
    public record OverdueMilestone(UUID milestoneId, UUID targetId, String title, LocalDate dueOn, String lead,
                                   String status) {
    }

    @Schema(name = "ExceptionHighRisk")
    public record HighRisk(UUID riskId, UUID targetId, String description, int likelihood, int impact, int score,
                           String owner) {
    }
}
