package org.partnershiphub.engagement.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Writes Atom 1.0 (RFC 4287) feeds. Ids are name-based UUIDs, so an entry keeps its id however often it is read. */
final class Atom {

    /** One entry: {@code key} (e.g. "outcome:<engagement id>") makes its id. */
    record Entry(String key, String title, Instant updated, String link, String summary, String content,
                 List<String> categories) {
    }

    private Atom() {
    }

    static String feed(String key, String title, String subtitle, String selfUrl, String alternateUrl, List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>").append(id(key)).append("</id>\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <subtitle>").append(escape(subtitle)).append("</subtitle>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>Partnership Hub</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(selfUrl)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"application/json\" href=\"").append(escape(alternateUrl)).append("\"/>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(id(e.key())).append("</id>\n")
                    .append("    <title>").append(escape(e.title())).append("</title>\n")
                    .append("    <updated>").append(e.updated().truncatedTo(ChronoUnit.SECONDS)).append("</updated>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(escape(e.link())).append("\"/>\n");
            for (String category : e.categories()) {
                xml.append("    <category term=\"").append(escape(category)).append("\"/>\n");
            }
            if (e.summary() != null) {
                xml.append("    <summary>").append(escape(e.summary())).append("</summary>\n");
            }
            if (e.content() != null) {
                xml.append("    <content type=\"text\">").append(escape(e.content())).append("</content>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    static String id(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("partnership-hub:engagement:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // characters XML 1.0 forbids are dropped rather than breaking the feed
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
