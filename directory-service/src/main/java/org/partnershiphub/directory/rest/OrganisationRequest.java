package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrganisationRequest", description = "An organisation that sends people to partnerships")
public record OrganisationRequest(
        @Schema(examples = "Sussex Police") @NotBlank(message = "give the organisation's name") @Size(max = 200) String name,
        @Schema(examples = "sussex-police")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
        @Size(max = 120) String slug,
        @Schema(examples = "public", enumeration = {"public", "private", "voluntary-community", "faith", "education",
                "health", "elected-members", "other"})
        @NotNull(message = SECTOR_MESSAGE) @Pattern(regexp = SECTORS, message = SECTOR_MESSAGE) String sector,
        @Schema(examples = "police", enumeration = {"county-council", "district-council", "police", "police-authority",
                "probation", "nhs-body", "fire-rescue", "jobcentre-plus", "learning-skills-council", "highways-agency",
                "environment-agency", "other"})
        @Pattern(regexp = DUTY_KINDS, message = DUTY_MESSAGE) String dutyKind,
        @Pattern(regexp = "https?://\\S+", message = "give a web address starting http:// or https://") @Size(max = 500) String website,
        @Schema(description = "org-id.guide identifiers", examples = "[\"GB-CHC-1234567\"]")
        List<@Pattern(regexp = "[A-Z]{2}-[A-Z]{2,6}-\\S+", message = "an identifier looks like GB-CHC-1234567 or GB-COH-01234567")
        String> identifiers) {

    public static final String SECTORS = "public|private|voluntary-community|faith|education|health|elected-members|other";
    static final String SECTOR_MESSAGE =
            "give the sector: one of public, private, voluntary-community, faith, education, health, elected-members, other";
    static final String DUTY_KINDS = "county-council|district-council|police|police-authority|probation|nhs-body|"
            + "fire-rescue|jobcentre-plus|learning-skills-council|highways-agency|environment-agency|other";
    static final String DUTY_MESSAGE = "duty_kind is one of county-council, district-council, police, police-authority, "
            + "probation, nhs-body, fire-rescue, jobcentre-plus, learning-skills-council, highways-agency, environment-agency, other";

    public List<String> identifiersOrEmpty() {
        return identifiers == null ? List.of() : identifiers;
    }
}
