package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.PartnershipType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "PartnershipRequest", description = "A partnership to add to the directory, or its new state")
public record PartnershipRequest(
        @Schema(examples = "Wealden Local Strategic Partnership")
        @NotBlank(message = "give the partnership's name") @Size(max = 200) String name,
        @Schema(examples = "district-lsp", enumeration = {"county-lsp", "district-lsp", "area-sub-partnership",
                "thematic-partnership", "other"})
        @NotNull(message = TYPE_MESSAGE)
        @Pattern(regexp = "county-lsp|district-lsp|area-sub-partnership|thematic-partnership|other", message = TYPE_MESSAGE)
        String type,
        @Schema(description = "Stable identifier for URLs; made from the name when omitted", examples = "wealden-lsp")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
        @Size(max = 120) String slug,
        @Schema(description = "Whether the law requires it (e.g. a CDRP)", examples = "false") Boolean statutory,
        @Schema(description = "The partnership this one sits under") UUID parentId,
        @Schema(description = "For thematic partnerships: the LSPs it reports to") List<@NotNull UUID> linkedLspIds,
        @Schema(description = "GSS codes of the areas served", examples = "[\"E07000065\"]") List<@NotNull String> areas,
        @Schema(description = "Theme codes", examples = "[\"community-safety\"]") List<@NotNull String> themes,
        @Schema(examples = "A safe, healthy and prosperous Wealden") @Size(max = 4000) String vision,
        @Schema(examples = "[\"Affordable homes for local people\"]") List<@NotBlank @Size(max = 500) String> priorities,
        @Schema(examples = "2001-04-01") LocalDate establishedOn,
        @Schema(examples = "https://www.wealden.gov.uk/lsp")
        @Pattern(regexp = "https?://\\S+", message = "give a web address starting http:// or https://") @Size(max = 500) String website,
        @Schema(description = "A role mailbox, never a person's own address", examples = "lsp@wealden.gov.uk")
        @Email(message = "give an email address such as partnership@council.gov.uk") @Size(max = 254) String contactEmail,
        @Schema(examples = "Quarterly") @Size(max = 100) String meetingFrequency,
        @Schema(examples = "18") @Min(value = 1, message = "a board has at least one seat")
        @Max(value = 500, message = "board_size is at most 500") Integer boardSize) {

    static final String TYPE_MESSAGE =
            "give the type: one of county-lsp, district-lsp, area-sub-partnership, thematic-partnership, other";

    public PartnershipType partnershipType() {
        return PartnershipType.fromCode(type);
    }

    public List<UUID> linkedLspIdsOrEmpty() {
        return linkedLspIds == null ? List.of() : linkedLspIds;
    }

    public List<String> areasOrEmpty() {
        return areas == null ? List.of() : areas;
    }

    public List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    public List<String> prioritiesOrEmpty() {
        return priorities == null ? List.of() : priorities;
    }
}
