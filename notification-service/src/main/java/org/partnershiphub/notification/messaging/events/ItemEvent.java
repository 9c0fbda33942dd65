package org.partnershiphub.notification.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields every item-worthy event carries (see the cross-service contract), whatever its type;
 * {@code new_status} only on {@code target.status-changed}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemEvent(String id, String title, String summary, List<Partnership> partnerships,
                        List<String> areas, List<String> themes, String url, Instant occurredAt, String newStatus) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partnership(UUID id, String name, String role) {
    }

    /** Item-worthy event types and the headline each makes of the resource's own title. */
    public static final Map<String, String> HEADLINES = Map.ofEntries(
            Map.entry("partnership.registered", "New partnership: %s"),
            Map.entry("partnership.updated", "Partnership updated: %s"),
            Map.entry("partnership.dissolved", "Partnership dissolved: %s"),
            Map.entry("membership.started", "New member: %s"),
            Map.entry("membership.ended", "Membership ended: %s"),
            Map.entry("meeting.scheduled", "Meeting scheduled: %s"),
            Map.entry("meeting.cancelled", "Meeting cancelled: %s"),
            Map.entry("target.set", "New target: %s"),
            Map.entry("target.revised", "Target revised: %s"),
            Map.entry("target.status-changed", "Target now %2$s: %1$s"),
            Map.entry("milestone.overdue", "Milestone overdue: %s"),
            Map.entry("consultation.opened", "Consultation open: %s"),
            Map.entry("consultation.closed", "Consultation closed: %s"),
            Map.entry("engagement.scheduled", "Engagement event: %s"),
            Map.entry("outcome.published", "Outcome published: %s"),
            Map.entry("outcome.overdue", "Outcome overdue: %s"),
            Map.entry("case-study.published", "Case study: %s"));

    public String headline(String type) {
        return String.format(HEADLINES.get(type), title, newStatus == null ? "changed" : newStatus);
    }
}
