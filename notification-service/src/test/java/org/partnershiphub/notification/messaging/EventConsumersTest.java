package org.partnershiphub.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events as directory-service publishes them become e-News items, once each; unreadable records go to the DLQ. */
@QuarkusTest
class EventConsumersTest {

    private static final String TOPIC = "directory.events";
    private static final String SAMPLE_ID = "6f1c2a3e-2b8d-4a47-9a51-1d7f0c9b8e21";

    @Test
    void partnershipRegisteredBecomesAnItem() throws IOException {
        String partnershipId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), partnershipId, sample(partnershipId));

        Map<String, Object> item = awaitItems(partnershipId, 1).get(0);
        assertEquals("new-partnership", item.get("kind"));
        assertEquals("New partnership: Wealden Local Strategic Partnership", item.get("title"));
        assertEquals("http://localhost:8081/partnerships/" + partnershipId, item.get("link"));
        assertEquals("2026-11-22T09:30:00Z", item.get("occurred_at"));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws IOException {
        String partnershipId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, partnershipId, sample(partnershipId));
        publish(eventId, partnershipId, sample(partnershipId));
        // a later event with the same key lands on the same partition, so once it is handled both copies were
        String marker = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), partnershipId, sample(marker));

        awaitItems(marker, 1);
        assertEquals(1, itemsFor(partnershipId).size(), "one item for one event, however often it arrives");
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndLaterEventsStillArrive() throws IOException {
        String poisonKey = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), poisonKey, "{not json");
        TestKafka.send(TOPIC, poisonKey, "no CloudEvents headers", Map.of());
        String partnershipId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), partnershipId, sample(partnershipId));

        List<ConsumerRecord<String, String>> dead = TestKafka.read(TOPIC + ".dlq", r -> poisonKey.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertEquals(2, dead.size(), "both unreadable records are dead-lettered");
        awaitItems(partnershipId, 1);
    }

    private static void publish(String eventId, String key, String payload) {
        TestKafka.send(TOPIC, key, payload, Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_type", "partnership.registered",
                "ce_source", "/directory-service", "ce_subject", key, "ce_time", "2026-11-22T09:30:00Z",
                "content-type", "application/json"));
    }

    private static String sample(String partnershipId) throws IOException {
        try (InputStream in = EventConsumersTest.class.getResourceAsStream("/events/partnership.registered.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(SAMPLE_ID, partnershipId);
        }
    }

    private static List<Map<String, Object>> itemsFor(String partnershipId) {
        JsonPath page = given().queryParam("per_page", 100).when().get("/items").then().statusCode(200).extract().jsonPath();
        return page.getList("contents.findAll { it.partnership_id == '" + partnershipId + "' }");
    }

    private static List<Map<String, Object>> awaitItems(String partnershipId, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<Map<String, Object>> found = itemsFor(partnershipId);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            found = itemsFor(partnershipId);
        }
        assertTrue(found.size() >= count, "item for partnership " + partnershipId + " arrived");
        return found;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
