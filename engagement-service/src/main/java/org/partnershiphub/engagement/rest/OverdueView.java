package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverdueOutcome", description = "A closed engagement whose outcome is past its feedback due date")
public record OverdueView(EngagementView engagement, @Schema(examples = "12") long daysOverdue) {
}
