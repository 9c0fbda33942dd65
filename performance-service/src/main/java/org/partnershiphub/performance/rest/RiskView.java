package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Risk;

import java.util.UUID;

@Schema(name = "Risk")
public record RiskView(UUID id, UUID targetId, String description, int likelihood, int impact,
                       @Schema(description = "likelihood × impact; 15 or more is a high risk") int score,
                       String mitigation, String owner) {

    public static RiskView from(Risk r) {
        return new RiskView(r.id, r.targetId, r.description, r.likelihood, r.impact, r.score(), r.mitigation, r.owner);
    }
}
