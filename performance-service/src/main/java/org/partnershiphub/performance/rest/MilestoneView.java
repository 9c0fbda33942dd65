package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Milestone;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Milestone")
public record MilestoneView(UUID id, UUID targetId, String title, LocalDate dueOn, String lead, String status,
                            LocalDate completedOn, boolean overdue) {

    public static MilestoneView from(Milestone m, LocalDate today) {
        return new MilestoneView(m.id, m.targetId, m.title, m.dueOn, m.lead, m.status, m.completedOn,
                !"completed".equals(m.status) && m.dueOn.isBefore(today));
    }
}
