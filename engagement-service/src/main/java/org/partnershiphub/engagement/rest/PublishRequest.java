package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublishRequest", description = "Publish the outcome; send {} to publish it today")
public record PublishRequest(
        @Schema(description = "The day it was published, if not today", examples = "2008-06-02")
        @PastOrPresent(message = "published_on cannot be in the future") LocalDate publishedOn) {
}
