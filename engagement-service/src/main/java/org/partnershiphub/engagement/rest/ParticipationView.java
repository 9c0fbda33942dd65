package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Participation", description = "Aggregate counts of who took part; no personal data")
public record ParticipationView(UUID engagementId, int total, Map<String, Integer> byArea, Map<String, Integer> bySector,
                                Map<String, Integer> byPopulationGroup, Map<String, Integer> byAgeBand,
                                Integer contributionsReceived,
                                @JsonInclude(JsonInclude.Include.NON_NULL)
                                @Schema(description = "For events (not consultations or surveys): the close report")
                                CloseReport closeReport, Instant updatedAt) {

    public record CloseReport(Integer attendees, Integer organisationsAttending, Integer contributionsReceived) {
    }
}
