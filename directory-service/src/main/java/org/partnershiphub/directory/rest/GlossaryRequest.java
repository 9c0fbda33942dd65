package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "GlossaryRequest", description = "A term and its plain-English meaning")
public record GlossaryRequest(
        @Schema(examples = "CDRP") @NotBlank(message = "give the term") @Size(max = 120) String term,
        @Schema(examples = "cdrp")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
        @Size(max = 120) String slug,
        @Schema(examples = "Crime and Disorder Reduction Partnership") @Size(max = 300) String expansion,
        @Schema(examples = "The statutory partnership of council, police, fire, health and probation that tackles crime locally")
        @NotBlank(message = "give a plain-English definition") @Size(max = 4000) String definition,
        List<@NotNull UUID> partnershipIds,
        @Schema(examples = "[\"community-safety\"]") List<@NotNull String> themes) {

    public List<UUID> partnershipIdsOrEmpty() {
        return partnershipIds == null ? List.of() : partnershipIds;
    }

    public List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }
}
