package org.partnershiphub.directory.rest;

import org.partnershiphub.directory.service.MeetingService;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes public meetings as an RFC 5545 iCalendar feed. */
final class Calendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Calendar() {
    }

    static String of(MeetingService.CalendarFeed feed) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Partnership Hub//directory-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(feed.name()));
        String stamp = UTC.format(Instant.now());
        for (MeetingService.CalendarEntry e : feed.entries()) {
            var m = e.meeting();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + m.id() + "@partnershiphub");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + UTC.format(m.startsAt()));
            line(ics, "DTEND:" + UTC.format(m.endsAt()));
            line(ics, "SUMMARY:" + text(e.partnershipName() + ": " + m.title()));
            if (m.place() != null) {
                line(ics, "LOCATION:" + text(m.place()));
            }
            if (!m.agenda().isEmpty()) {
                line(ics, "DESCRIPTION:" + text("Agenda:\n" + String.join("\n",
                        m.agenda().stream().map(a -> "- " + a.title()).toList())));
            }
            line(ics, "STATUS:" + ("cancelled".equals(m.status()) ? "CANCELLED" : "CONFIRMED"));
            line(ics, "LAST-MODIFIED:" + UTC.format(m.updatedAt()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** RFC 5545 3.1: lines end CRLF and are folded so none exceeds 75 octets. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74;
            }
            current.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(current).append("\r\n");
    }
}
