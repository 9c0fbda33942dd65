package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClashPair", description = "Two engagements that clash, and what they share")
public record ClashPairView(EngagementView first, EngagementView second,
                            @Schema(description = "The second as seen from the first") ClashView clash) {
}
