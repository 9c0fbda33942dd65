package org.partnershiphub.performance.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** target.set (a target was agreed) or target.revised (a new version of its figures was approved). */
public record TargetEvent(@JsonIgnore String type, UUID id, UUID agreementId, String indicatorCode, String indicatorTitle,
                          String polarity, UUID leadPartnershipId, String title, String summary,
                          List<PartnershipRef> partnerships, List<String> areas, List<String> themes, String url,
                          Instant occurredAt) implements PerformanceEvent {

    public static final String SET = "target.set";
    public static final String REVISED = "target.revised";

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
        return "target";
    }
}
