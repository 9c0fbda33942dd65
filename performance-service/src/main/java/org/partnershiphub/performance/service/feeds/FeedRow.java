package org.partnershiphub.performance.service.feeds;

/** One row of a feed as sent, before any checking; {@code line} is where it was in the feed. */
public record FeedRow(int line, String indicatorCode, String area, String period, String value, String status,
                      String note, String source, boolean malformed) {

    public FeedRow(int line, String indicatorCode, String area, String period, String value, String status, String note,
                   String source) {
        this(line, indicatorCode, area, period, value, status, note, source, false);
    }

    static FeedRow malformed(int line) {
        return new FeedRow(line, null, null, null, null, null, null, null, true);
    }
}
