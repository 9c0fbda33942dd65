package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonRequest", description = "Someone who sits on a board. email and phone are stored for "
        + "coordinators but never returned by any endpoint.")
public record PersonRequest(
        @Schema(examples = "Alex Example") @NotBlank(message = "give the person's name") @Size(max = 200) String name,
        @Schema(examples = "Chief Executive, Wealden District Council") @Size(max = 200) String publicRole,
        @Schema(description = "Private; never published") @Email(message = "give a valid email address") @Size(max = 254) String email,
        @Schema(description = "Private; never published") @Size(max = 40) String phone) {
}
