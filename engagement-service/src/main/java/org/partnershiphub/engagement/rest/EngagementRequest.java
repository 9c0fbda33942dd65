package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.engagement.domain.EngagementKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "EngagementRequest", description = "A consultation, survey, meeting or other engagement to record")
public record EngagementRequest(
        @Schema(examples = "consultation", enumeration = {"consultation", "survey", "public-meeting", "workshop",
                "conference", "forum", "away-day", "other"})
        @NotNull(message = KIND_MESSAGE)
        @Pattern(regexp = "consultation|survey|public-meeting|workshop|conference|forum|away-day|other", message = KIND_MESSAGE)
        String kind,
        @Schema(examples = "Pride of Place: consultation on the Sustainable Community Strategy")
        @NotBlank(message = "give the engagement a title") @Size(max = 300) String title,
        @Schema(description = "What it is about, in plain English",
                examples = "Tell us what matters most for East Sussex to 2026: the draft strategy sets nine themes and three cross-cutting priorities.")
        @Size(max = 4000) String summary,
        @Schema(description = "Organising partnerships (directory ids)", examples = "[\"3f1b6a52-3c55-4a64-9b67-0d5a8c1e2f10\"]")
        @NotEmpty(message = "name at least one organising partnership") List<@NotNull UUID> partnershipIds,
        @Schema(description = "Pride of Place theme codes", examples = "[\"community-strength-leadership\", \"reducing-inequalities\"]")
        List<String> themes,
        @Schema(description = "ONS GSS area codes", examples = "[\"E10000011\"]")
        @NotEmpty(message = "name at least one area (ONS GSS code, e.g. E07000063)") List<String> areas,
        @Schema(description = "Who it is for: population groups, sectors, groups seldom heard",
                examples = "[\"residents\", \"voluntary-sector\", \"older-people\"]")
        List<String> audiences,
        @Schema(description = "LAA targets it informs (performance-service target ids)", examples = "[]")
        List<@NotNull UUID> targetIds,
        @Schema(examples = "2008-01-14T09:00:00Z") @NotNull(message = "give the start (ISO 8601 date-time)") Instant startsAt,
        @Schema(description = "Defaults to the start", examples = "2008-04-11T17:00:00Z") Instant endsAt,
        @Schema(examples = "County Hall, St Anne's Crescent, Lewes") @Size(max = 300) String place,
        @Schema(examples = "https://www.essp.org.uk/consultation")
        @Pattern(regexp = "https?://\\S+", message = "give the online link as an http(s) URL") @Size(max = 500) String onlineUrl,
        @Schema(description = "A role to contact, never a person's name", examples = "ESSP Partnership Co-ordinator")
        @Size(max = 200) String contactRole) {

    static final String KIND_MESSAGE = "give the kind: one of " + EngagementKind.CODES;

    public List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    public List<String> audiencesOrEmpty() {
        return audiences == null ? List.of() : audiences;
    }

    public List<UUID> targetIdsOrEmpty() {
        return targetIds == null ? List.of() : targetIds;
    }
}
