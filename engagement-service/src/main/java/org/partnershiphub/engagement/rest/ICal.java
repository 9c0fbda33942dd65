package org.partnershiphub.engagement.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets, text values escaped. */
final class ICal {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String description,
                 String location, String url, String status, List<String> categories) {
    }

    private ICal() {
    }

    static String calendar(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Partnership Hub//engagement-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + UTC.format(e.stamp()));
            line(out, "DTSTART:" + UTC.format(e.start()));
            // a zero-length event is given an end equal to its start; RFC 5545 allows DTEND = DTSTART
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.location() != null) {
                line(out, "LOCATION:" + text(e.location()));
            }
            line(out, "URL:" + e.url());
            line(out, "STATUS:" + e.status());
            if (!e.categories().isEmpty()) {
                line(out, "CATEGORIES:" + String.join(",", e.categories().stream().map(ICal::text).toList()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets (never inside a UTF-8 sequence). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
