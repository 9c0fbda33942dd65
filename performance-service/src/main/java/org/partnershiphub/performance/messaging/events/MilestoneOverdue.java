package org.partnershiphub.performance.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A milestone passed its due date without being completed; published once per milestone. */
public record MilestoneOverdue(UUID id, UUID targetId, LocalDate dueOn, String title, String summary,
                               List<PartnershipRef> partnerships, List<String> areas, List<String> themes, String url,
                               Instant occurredAt) implements PerformanceEvent {

    public static final String TYPE = "milestone.overdue";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String aggregateId() {
        return id.toString();
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return "milestone";
    }
}
