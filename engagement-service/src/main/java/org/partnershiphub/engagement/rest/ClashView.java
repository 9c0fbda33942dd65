package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.domain.EngagementStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Schema(name = "Clash", description = "Another engagement asking the same people about the same things at the same time")
public record ClashView(UUID engagementId, String title, EngagementStatus status, Instant startsAt, Instant endsAt,
                        List<String> sharedAreas, List<String> sharedAudiences, List<String> sharedThemes,
                        String message) {

    /** {@code areas}: where the two meet (the narrower code where one area lies inside the other). */
    public static ClashView between(Engagement self, Engagement other, List<String> areas) {
        List<String> audiences = shared(self.audiences, other.audiences);
        List<String> themes = shared(self.themes, other.themes);
        String about = !audiences.isEmpty() ? "the same audience (" + String.join(", ", audiences) + ")"
                : "the same theme (" + String.join(", ", themes) + ")";
        return new ClashView(other.id, other.title, other.status, other.startsAt, other.endsAt, areas, audiences, themes,
                "'" + other.title + "' runs at the same time in " + String.join(", ", areas) + " for " + about
                        + "; consider joining up");
    }

    private static List<String> shared(String[] a, String[] b) {
        Set<String> other = Set.of(b);
        return Arrays.stream(a).filter(other::contains).sorted().toList();
    }
}
