package org.partnershiphub.performance.service.feeds;

/** What to answer a feed with: status, JSON body (kept verbatim for replays) and, for jobs, where to look. */
public record FeedResponse(int status, String body, String location, boolean replayed) {

    public boolean problem() {
        return status >= 400;
    }
}
