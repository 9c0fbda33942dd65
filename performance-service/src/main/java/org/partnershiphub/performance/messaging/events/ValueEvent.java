package org.partnershiphub.performance.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** value.recorded (a first figure for an indicator, area and period) or value.revised (a changed one). */
public record ValueEvent(@JsonIgnore String type, UUID id, String indicatorCode, String area, String period,
                         BigDecimal value, String status, String url, Instant occurredAt) implements PerformanceEvent {

    public static final String RECORDED = "value.recorded";
    public static final String REVISED = "value.revised";

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
        return "value";
    }
}
