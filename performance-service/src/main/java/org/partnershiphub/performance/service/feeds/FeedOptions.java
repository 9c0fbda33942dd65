package org.partnershiphub.performance.service.feeds;

import org.partnershiphub.performance.service.Actor;

/**
 * How to take a feed: {@code partial} writes the good rows and reports the rest; otherwise one bad row
 * means nothing is written. A locked period's values change only when an admin gives a reason.
 */
public record FeedOptions(boolean partial, boolean dryRun, Actor actor, String reason) {

    public String mode() {
        return partial ? "partial" : "all-or-nothing";
    }

    public boolean mayChangeLocked() {
        return actor.admin() && reason != null && !reason.isBlank();
    }
}
