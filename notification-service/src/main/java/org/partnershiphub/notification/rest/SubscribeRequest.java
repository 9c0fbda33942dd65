package org.partnershiphub.notification.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.service.Criteria;

import java.util.List;

@Schema(name = "SubscribeRequest", description = "An address and what it wants; nothing is sent but a confirmation until it is confirmed")
public record SubscribeRequest(
        @NotBlank(message = "email is required")
        @Email(message = "email must be an email address")
        @Size(max = 320, message = "email must be at most 320 characters")
        @Schema(examples = "reader@example.org") String email,
        @NotNull(message = "frequency is required: immediate, weekly or monthly")
        @Pattern(regexp = "immediate|weekly|monthly", message = "frequency must be immediate, weekly or monthly")
        @Schema(enumeration = {"immediate", "weekly", "monthly"}, examples = "monthly") String frequency,
        @Schema(examples = "[\"community-safety\"]") List<String> themes,
        @Schema(description = "GSS codes; each covers its sub-areas", examples = "[\"E10000011\"]") List<String> areas,
        @Schema(description = "Partnership ids") List<String> partnerships,
        @Schema(description = "Item kinds (event types)") List<String> kinds) {

    public SubscriptionRequest subscription() {
        return new SubscriptionRequest(frequency, themes, areas, partnerships, kinds);
    }

    public Criteria criteria() {
        return subscription().criteria();
    }
}
