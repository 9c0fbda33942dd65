package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "MeetingRequest", description = "A meeting of a partnership")
public record MeetingRequest(
        @NotNull(message = "give partnership_id") UUID partnershipId,
        @Schema(examples = "Board meeting") @NotBlank(message = "give the meeting's title") @Size(max = 200) String title,
        @Schema(examples = "2026-12-03T10:00:00Z") @NotNull(message = "give starts_at, e.g. 2026-12-03T10:00:00Z") Instant startsAt,
        @Schema(examples = "2026-12-03T12:00:00Z") @NotNull(message = "give ends_at, e.g. 2026-12-03T12:00:00Z") Instant endsAt,
        @Schema(examples = "Council Chamber, Southover House, Lewes") @Size(max = 300) String place,
        @Schema(description = "Open to the public; true when omitted") @JsonProperty("public") Boolean isPublic,
        List<@Valid @NotNull AgendaItem> agenda,
        List<@Valid @NotNull DocumentLink> documents) {

    @Schema(name = "AgendaItem")
    public record AgendaItem(
            @Schema(examples = "Community safety feedback") @NotBlank(message = "give the agenda item's title") @Size(max = 300) String title,
            @Schema(examples = "Chair of the Safer Communities Partnership") @Size(max = 200) String lead,
            @Schema(description = "Theme code", examples = "community-safety") String theme,
            @Schema(description = "The thematic partnership reporting in this feedback slot") UUID feedbackPartnershipId) {
    }

    @Schema(name = "DocumentLink")
    public record DocumentLink(@Schema(examples = "Agenda pack") @NotBlank(message = "give the document's title") String title,
                               @Schema(examples = "https://www.lewes.gov.uk/lsp/agenda.pdf")
                               @NotNull(message = "give the document's url")
                               @Pattern(regexp = "https?://\\S+", message = "give a web address starting http:// or https://")
                               String url) {
    }

    public List<AgendaItem> agendaOrEmpty() {
        return agenda == null ? List.of() : agenda;
    }

    public List<DocumentLink> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }
}
