package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.domain.EngagementKind;
import org.partnershiphub.engagement.domain.EngagementStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Engagement")
public record EngagementView(UUID id, EngagementKind kind, String title, String summary, EngagementStatus status,
                             @Schema(description = "Statuses this engagement may move to next")
                             List<EngagementStatus> allowedTransitions,
                             List<NamedRef> partnerships, List<String> themes, List<String> areas, List<String> audiences,
                             List<NamedRef> targets, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                             String contactRole, LocalDate closedOn,
                             @Schema(description = "The date by which the outcome is owed, once closed")
                             LocalDate feedbackDueOn, boolean outcomeOverdue, Instant createdAt, Instant updatedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(description = "Every status change, oldest first (on single reads)")
                             List<StatusChangeView> statusHistory,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(description = "On create and open: engagements overlapping in time, area and audience or theme")
                             List<ClashView> clashWarnings) {

    /** A partnership or target by id, with its name as this service last heard it (null if not yet heard). */
    public record NamedRef(UUID id, String name) {
    }

    public static EngagementView from(Engagement e, Map<UUID, String> partnershipNames, Map<UUID, String> targetTitles,
                                      LocalDate today, List<StatusChangeView> history, List<ClashView> clashes) {
        return new EngagementView(e.id, e.kind, e.title, e.summary, e.status, e.status.next(),
                Arrays.stream(e.partnershipIds).map(id -> new NamedRef(id, partnershipNames.get(id))).toList(),
                List.of(e.themes), List.of(e.areas), List.of(e.audiences),
                Arrays.stream(e.targetIds).map(id -> new NamedRef(id, targetTitles.get(id))).toList(),
                e.startsAt, e.endsAt, e.place, e.onlineUrl, e.contactRole, e.closedOn, e.feedbackDueOn,
                e.status == EngagementStatus.CLOSED && e.feedbackDueOn != null && e.feedbackDueOn.isBefore(today),
                e.createdAt, e.updatedAt, history, clashes);
    }
}
