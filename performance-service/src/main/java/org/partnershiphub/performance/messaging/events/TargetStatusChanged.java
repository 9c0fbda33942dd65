package org.partnershiphub.performance.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The RAG of a target's latest period changed. */
public record TargetStatusChanged(UUID id, String indicatorCode, String indicatorTitle, String period, String oldStatus,
                                  String newStatus, UUID leadPartnershipId, String title, String summary,
                                  List<PartnershipRef> partnerships, List<String> areas, List<String> themes, String url,
                                  Instant occurredAt) implements PerformanceEvent {

    public static final String TYPE = "target.status-changed";

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
        return "target";
    }
}
