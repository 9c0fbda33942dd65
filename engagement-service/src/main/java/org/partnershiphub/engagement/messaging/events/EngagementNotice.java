package org.partnershiphub.engagement.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The one payload shape of every event on {@code engagement.events}: enough for a reader (the e-News,
 * a council website) to show the item without calling back. {@code type} says which event it is.
 */
public record EngagementNotice(@JsonIgnore String type, UUID id, String kind, String status, Instant startsAt,
                               Instant endsAt, LocalDate feedbackDueOn, String title, String summary,
                               List<String> audiences, List<Organiser> partnerships, List<String> areas,
                               List<String> themes, String url, Instant occurredAt) implements EngagementEvent {

    public static final String CONSULTATION_OPENED = "consultation.opened";
    public static final String CONSULTATION_CLOSED = "consultation.closed";
    public static final String ENGAGEMENT_SCHEDULED = "engagement.scheduled";
    public static final String OUTCOME_PUBLISHED = "outcome.published";
    public static final String OUTCOME_OVERDUE = "outcome.overdue";
    public static final String CASE_STUDY_PUBLISHED = "case-study.published";

    /** An organising partnership, named as the directory last announced it. */
    public record Organiser(UUID id, String name, String role) {

        public static Organiser of(UUID id, String name) {
            return new Organiser(id, name, "organiser");
        }
    }

    @Override
    @JsonIgnore
    public String eventType() {
        return type;
    }

    @Override
    @JsonIgnore
    public String aggregateId() {
        return id.toString();
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return CASE_STUDY_PUBLISHED.equals(type) ? "case-study" : "engagement";
    }
}
