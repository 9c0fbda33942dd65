package org.partnershiphub.directory.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** meeting.scheduled or meeting.cancelled. */
public record MeetingEvent(@JsonIgnore String eventType, UUID id, UUID partnershipId, Instant startsAt,
                           Instant endsAt, String place, @JsonProperty("public") boolean isPublic, String title,
                           String summary, List<PartnershipRef> partnerships, List<String> areas,
                           List<String> themes, String url, Instant occurredAt) implements DirectoryEvent {

    public static final String SCHEDULED = "meeting.scheduled";
    public static final String CANCELLED = "meeting.cancelled";

    @Override
    @JsonIgnore
    public String aggregateId() {
        return id.toString();
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return "meeting";
    }
}
