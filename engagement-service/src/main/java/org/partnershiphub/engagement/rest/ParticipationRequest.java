package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "ParticipationRequest", description = "Who took part, as counts only: keys are codes, never names or contact details")
public record ParticipationRequest(
        @Schema(description = "Everyone who took part", examples = "412")
        @NotNull(message = "give the total taking part") @Min(value = 0, message = "total cannot be negative") Integer total,
        @Schema(description = "ONS GSS area code → count", examples = "{\"E07000061\": 80, \"E07000063\": 142}")
        Map<String, Integer> byArea,
        @Schema(description = "Sector code → count", examples = "{\"public-sector\": 40, \"voluntary-sector\": 61, \"business\": 12}")
        Map<String, Integer> bySector,
        @Schema(description = "Population or seldom-heard group code → count", examples = "{\"older-people\": 96, \"children-young-people\": 31}")
        Map<String, Integer> byPopulationGroup,
        @Schema(description = "Age band (e.g. 0-15, 16-24, 65+) → count", examples = "{\"16-24\": 20, \"25-64\": 250, \"65+\": 96}")
        Map<String, Integer> byAgeBand,
        @Schema(description = "Events: people attending", examples = "180") @Min(value = 0, message = "attendees cannot be negative") Integer attendees,
        @Schema(description = "Events: organisations represented", examples = "64") @Min(value = 0, message = "organisations_attending cannot be negative") Integer organisationsAttending,
        @Schema(description = "Responses, submissions or contributions received", examples = "233") @Min(value = 0, message = "contributions_received cannot be negative") Integer contributionsReceived) {
}
