package org.partnershiphub.notification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.notification.service.Criteria;

import java.util.List;

@Schema(name = "WebhookRequest", description = "Where to POST matching items, the secret to sign them with, and criteria")
public record WebhookRequest(
        @NotBlank(message = "url is required")
        @Size(max = 2000, message = "url must be at most 2000 characters")
        @Pattern(regexp = "https?://\\S+", message = "url must be an absolute http or https URL")
        @Schema(examples = "https://intranet.example.org/hooks/e-news") String url,
        @NotBlank(message = "secret is required")
        @Size(min = 16, max = 200, message = "secret must be 16 to 200 characters")
        @Schema(description = "Used for the X-Hub-Signature-256 HMAC; never shown again") String secret,
        List<String> themes, List<String> areas, List<String> partnerships, List<String> kinds) {

    public Criteria criteria() {
        return new Criteria(themes, areas, partnerships, kinds).validated();
    }
}
