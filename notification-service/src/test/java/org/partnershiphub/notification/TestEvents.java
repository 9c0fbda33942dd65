package org.partnershiphub.notification;

import org.partnershiphub.local.TestKafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Publishes the sample events of src/test/resources/events/ as the owning services would. */
public final class TestEvents {

    /** The partnership id every sample names; replaced so that each test sees only its own items. */
    public static final String SAMPLE_PARTNERSHIP = "6f1c2a3e-2b8d-4a47-9a51-1d7f0c9b8e21";
    public static final String SAMPLE_OCCURRED_AT = "2026-11-22T09:30:00Z";

    private TestEvents() {
    }

    public static String topicOf(String type) {
        if (type.startsWith("partnership.") || type.startsWith("membership.") || type.startsWith("meeting.")
                || type.startsWith("area.")) {
            return "directory.events";
        }
        if (type.startsWith("target.") || type.startsWith("milestone.") || type.startsWith("value.")) {
            return "performance.events";
        }
        return "engagement.events";
    }

    public static String sample(String type) {
        try (InputStream in = TestEvents.class.getResourceAsStream("/events/" + type + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample for " + type);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample of {@code type} about {@code partnershipId}, published with a fresh event id; returns that id. */
    public static String publish(String type, String partnershipId) {
        return publish(type, partnershipId, SAMPLE_OCCURRED_AT);
    }

    public static String publish(String type, String partnershipId, String occurredAt) {
        String eventId = UUID.randomUUID().toString();
        publishRaw(eventId, type, partnershipId, sample(type).replace(SAMPLE_PARTNERSHIP, partnershipId)
                .replace(SAMPLE_OCCURRED_AT, occurredAt));
        return eventId;
    }

    public static void publishRaw(String eventId, String type, String key, String payload) {
        TestKafka.send(topicOf(type), key, payload, Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_type", type,
                "ce_source", "/test", "ce_subject", key, "ce_time", SAMPLE_OCCURRED_AT,
                "content-type", "application/json"));
    }
}
