package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CaseStudy")
public record CaseStudyView(UUID id, String title, List<EngagementView.NamedRef> partnerships, List<String> themes,
                            String challenge, String whatWasDone, String results, String costBand, String contactRole,
                            String lessonsLearned, List<String> tags, Instant publishedAt,
                            @Schema(description = "Partnerships that say they have reused this practice")
                            List<Reuse> reusedBy) {

    @Schema(name = "CaseStudyReuse")
    public record Reuse(UUID partnershipId, String name, String note, Instant since) {
    }
}
