package org.partnershiphub.directory.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** partnership.registered, partnership.updated or partnership.dissolved: the partnership as it now is. */
public record PartnershipEvent(@JsonIgnore String eventType, UUID id, String slug, String name, String type,
                               String status, boolean statutory, UUID parentId, LocalDate dissolvedOn,
                               String title, String summary, List<PartnershipRef> partnerships,
                               List<String> areas, List<String> themes, String url, Instant occurredAt)
        implements DirectoryEvent {

    public static final String REGISTERED = "partnership.registered";
    public static final String UPDATED = "partnership.updated";
    public static final String DISSOLVED = "partnership.dissolved";

    @Override
    @JsonIgnore
    public String aggregateId() {
        return id.toString();
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return "partnership";
    }
}
