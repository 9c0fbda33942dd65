package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostRequest", description = "A seat the board expects to fill")
public record PostRequest(
        @Schema(examples = "Voluntary sector representative") @NotBlank(message = "give the post's title") @Size(max = 200) String title,
        @Schema(description = "The sector the holder should come from", examples = "voluntary-community")
        @Pattern(regexp = OrganisationRequest.SECTORS, message = OrganisationRequest.SECTOR_MESSAGE) String sector) {
}
