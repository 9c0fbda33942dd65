package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.engagement.domain.TargetRef;

import java.util.List;
import java.util.UUID;

@Schema(name = "KnownTarget", description = "An LAA target as this service last heard of it from performance-service")
public record KnownTargetView(UUID id, String title, String indicatorCode, UUID leadPartnershipId, List<String> areas) {

    public static KnownTargetView from(TargetRef t) {
        return new KnownTargetView(t.id, t.title, t.indicatorCode, t.leadPartnershipId, List.of(t.areas));
    }
}
