package org.partnershiphub.directory.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** membership.started or membership.ended. Only the person's name leaves the service, never their contact. */
public record MembershipEvent(@JsonIgnore String eventType, UUID id, UUID partnershipId, String personName,
                              String role, String postTitle, String organisationName, LocalDate startsOn,
                              LocalDate endsOn, String title, String summary, List<PartnershipRef> partnerships,
                              List<String> areas, List<String> themes, String url, Instant occurredAt)
        implements DirectoryEvent {

    public static final String STARTED = "membership.started";
    public static final String ENDED = "membership.ended";

    @Override
    @JsonIgnore
    public String aggregateId() {
        return id.toString();
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return "membership";
    }
}
