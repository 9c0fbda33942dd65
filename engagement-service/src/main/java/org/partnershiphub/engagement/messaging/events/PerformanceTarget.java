package org.partnershiphub.engagement.messaging.events;

import java.util.List;
import java.util.UUID;

/** What this service reads of performance-service's target.set and target.revised; other fields are ignored. */
public record PerformanceTarget(UUID id, String title, String indicatorCode, UUID leadPartnershipId,
                                List<String> areas) {
}
