package org.partnershiphub.notification.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bounce", description = "A delivery failure reported by the email provider")
public record BounceRequest(
        @NotBlank(message = "email is required") @Email(message = "email must be an email address")
        @Schema(examples = "reader@example.org") String email,
        @NotNull(message = "type is required: permanent or soft")
        @Pattern(regexp = "permanent|soft", message = "type must be permanent or soft")
        @Schema(enumeration = {"permanent", "soft"}) String type,
        @Size(max = 250, message = "reason must be at most 250 characters")
        @Schema(examples = "550 5.1.1 mailbox unavailable") String reason) {
}
