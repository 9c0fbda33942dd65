package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.PartnershipType;

@Schema(name = "PartnershipRequest", description = "A partnership to add to the directory")
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
        @Size(max = 120) String slug) {

    static final String TYPE_MESSAGE =
            "give the type: one of county-lsp, district-lsp, area-sub-partnership, thematic-partnership, other";

    public PartnershipType partnershipType() {
        return PartnershipType.fromCode(type);
    }
}
