package org.partnershiphub.engagement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "OutcomeRequest", description = "We asked, you said, we did")
public record OutcomeRequest(
        @Schema(description = "We asked: the questions put", examples = "[\"What should the partnership's priorities be to 2026?\"]")
        @NotEmpty(message = "give the questions asked (we_asked)") List<@NotBlank @Size(max = 2000) String> weAsked,
        @Schema(description = "You said: what people told us", examples = "[\"Affordable housing and transport to work came top in every district\"]")
        @NotEmpty(message = "give what people said (you_said)") List<@NotBlank @Size(max = 4000) String> youSaid,
        @Schema(description = "We did: decisions and actions, each with an owner and a date")
        @NotEmpty(message = "give what was done (we_did)") List<@Valid @NotNull Action> weDid,
        @Schema(description = "LAA targets the outcome feeds into (performance-service target ids)", examples = "[]")
        List<@NotNull UUID> targetIds) {

    @Schema(name = "OutcomeAction")
    public record Action(
            @Schema(examples = "Housing made one of nine Pride of Place themes, with an affordable homes target (NI 155)")
            @NotBlank(message = "say what was decided or done") @Size(max = 2000) String action,
            @Schema(description = "Who is responsible: a role, partnership or organisation", examples = "East Sussex Strategic Partnership Executive Board")
            @NotBlank(message = "give the owner of each action") @Size(max = 300) String owner,
            @Schema(description = "When it was or will be done", examples = "2008-06-30")
            @NotNull(message = "give the date of each action") LocalDate due) {
    }

    public List<UUID> targetIdsOrEmpty() {
        return targetIds == null ? List.of() : targetIds;
    }
}
