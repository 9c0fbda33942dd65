package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Outcome", description = "We asked, you said, we did")
public record OutcomeView(UUID engagementId, String engagementTitle, List<String> weAsked, List<String> youSaid,
                          List<OutcomeRequest.Action> weDid, List<EngagementView.NamedRef> targets, boolean published,
                          LocalDate publishedOn, Instant updatedAt, String url) {
}
