package org.partnershiphub.directory.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;

/** An area was created or changed; consumers keep their own copy of the area tree from these. */
public record AreaSaved(String code, String name, String type, String parentCode, Instant occurredAt)
        implements DirectoryEvent {

    public static final String TYPE = "area.saved";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }

    @Override
    @JsonIgnore
    public String aggregateId() {
        return code;
    }

    @Override
    @JsonIgnore
    public String aggregateType() {
        return "area";
    }
}
