package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.engagement.domain.EngagementStatus;
import org.partnershiphub.engagement.domain.StatusChange;

import java.time.Instant;

@Schema(name = "StatusChange")
public record StatusChangeView(EngagementStatus from, EngagementStatus to, Instant at,
                               @Schema(description = "The account (token subject) that made the change") String by,
                               String note) {

    public static StatusChangeView from(StatusChange c) {
        return new StatusChangeView(c.fromStatus, c.toStatus, c.changedAt, c.changedBy, c.note);
    }
}
