package org.partnershiphub.directory.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/** A partnership was added to the directory. */
public record PartnershipRegistered(UUID id, String slug, String name, String type, String url,
                                    Instant registeredAt) implements DirectoryEvent {

    public static final String TYPE = "partnership.registered";

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
        return "partnership";
    }
}
