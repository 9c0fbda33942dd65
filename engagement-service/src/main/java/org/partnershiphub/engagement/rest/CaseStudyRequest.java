package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CaseStudyRequest", description = "A piece of good practice for the library")
public record CaseStudyRequest(
        @Schema(examples = "The LIFE project: young people training with firefighters")
        @NotBlank(message = "give the case study a title") @Size(max = 300) String title,
        @Schema(description = "Partnerships behind it (directory ids)", examples = "[\"3f1b6a52-3c55-4a64-9b67-0d5a8c1e2f10\"]")
        @NotEmpty(message = "name at least one partnership") List<@NotNull UUID> partnershipIds,
        @Schema(examples = "[\"community-safety\", \"children-young-people\"]") List<String> themes,
        @Schema(examples = "Vandalism and anti-social behaviour by young people, some of them already offending")
        @NotBlank(message = "describe the challenge") @Size(max = 8000) String challenge,
        @Schema(examples = "A week training with real firefighters, for young people referred by the police, youth offending team and schools")
        @NotBlank(message = "describe what was done (what_was_done)") @Size(max = 8000) String whatWasDone,
        @Schema(examples = "Young people gained self-esteem and learned the dangers of vandalism")
        @NotBlank(message = "describe the results") @Size(max = 8000) String results,
        @Schema(enumeration = {"none", "under-5k", "5k-50k", "50k-250k", "over-250k"}, examples = "5k-50k")
        @Pattern(regexp = "none|under-5k|5k-50k|50k-250k|over-250k",
                message = "give cost_band as one of none, under-5k, 5k-50k, 50k-250k, over-250k") String costBand,
        @Schema(description = "A role to contact, never a person's name", examples = "LIFE Co-ordinator, East Sussex Fire and Rescue Service")
        @Size(max = 200) String contactRole,
        @Schema(examples = "Referrals from several agencies made sure the places went to those who needed them most")
        @Size(max = 8000) String lessonsLearned,
        @Schema(examples = "[\"young people\", \"anti-social behaviour\", \"fire and rescue\"]") List<@NotBlank @Size(max = 60) String> tags) {
}
