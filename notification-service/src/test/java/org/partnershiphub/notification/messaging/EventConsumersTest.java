package org.partnershiphub.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.notification.Await;
import org.partnershiphub.notification.TestEvents;
import org.partnershiphub.notification.messaging.events.ItemEvent;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every item-worthy event, in the contract's shape and through the real broker, becomes one e-News item. */
@QuarkusTest
class EventConsumersTest {

    @Test
    void everyItemWorthyEventTypeBecomesAnItemWithItsFields() {
        String partnership = UUID.randomUUID().toString();
        for (String type : ItemEvent.HEADLINES.keySet()) {
            TestEvents.publish(type, partnership);
        }
        Await.until("an item per event type", () -> itemsFor(partnership).size() == ItemEvent.HEADLINES.size());

        List<Map<String, Object>> items = itemsFor(partnership);
        assertEquals(ItemEvent.HEADLINES.keySet(), new HashSet<>(items.stream().map(i -> (String) i.get("kind")).toList()));
        Map<String, Object> registered = byKind(items, "partnership.registered");
        assertEquals("New partnership: Wealden Local Strategic Partnership", registered.get("title"));
        assertEquals("A safer, healthier Wealden for everyone", registered.get("summary"));
        assertEquals("http://localhost:8081/partnerships/" + partnership, registered.get("link"));
        assertEquals(List.of("community-safety", "health-wellbeing"), registered.get("themes"));
        assertEquals(List.of("E07000065"), registered.get("areas"));
        assertEquals(List.of(Map.of("id", partnership, "name", "Wealden Local Strategic Partnership", "role", "subject")),
                registered.get("partnerships"));
        assertEquals("2026-11-22T09:30:00Z", registered.get("occurred_at"));
        assertEquals("Target now red: NI 154 Net additional homes provided – Wealden",
                byKind(items, "target.status-changed").get("title"));
        assertEquals(2, ((List<?>) byKind(items, "target.set").get("partnerships")).size(), "lead and contributing");
        assertEquals("Consultation open: Community safety priorities for Wealden 2027",
                byKind(items, "consultation.opened").get("title"));
    }

    @Test
    void areaFiltersCoverSubAreasFromTheAreaTree() {
        String county = "E1" + digits(7);
        String district = "E0" + digits(7);
        TestEvents.publishRaw(UUID.randomUUID().toString(), "area.saved", county,
                "{\"code\":\"" + county + "\",\"name\":\"Test county\",\"type\":\"county\",\"parent_code\":null}");
        TestEvents.publishRaw(UUID.randomUUID().toString(), "area.saved", district,
                "{\"code\":\"" + district + "\",\"name\":\"Test district\",\"type\":\"district\",\"parent_code\":\""
                        + county + "\"}");
        String partnership = UUID.randomUUID().toString();
        TestEvents.publishRaw(UUID.randomUUID().toString(), "meeting.scheduled", partnership,
                TestEvents.sample("meeting.scheduled").replace(TestEvents.SAMPLE_PARTNERSHIP, partnership)
                        .replace("E07000065", district));

        Await.until("the district's item is listed under the county",
                () -> given().queryParam("areas", county).when().get("/items").then().statusCode(200)
                        .extract().jsonPath().getInt("total_items") == 1);
        assertEquals(1, given().queryParam("areas", district).queryParam("partnerships", partnership)
                .when().get("/items").then().statusCode(200).extract().jsonPath().getInt("total_items"));
        assertEquals(0, given().queryParam("areas", "E07000061").queryParam("partnerships", partnership)
                .when().get("/items").then().statusCode(200).extract().jsonPath().getInt("total_items"),
                "another district does not match");
    }

    @Test
    void filtersNameTheFieldTheyCannotRead() {
        given().queryParam("themes", "no-such-theme").when().get("/items")
                .then().statusCode(422).contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("themes"));
        given().queryParam("kinds", "meeting.held").when().get("/items")
                .then().statusCode(422).body("field", org.hamcrest.Matchers.equalTo("kinds"));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String partnership = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String payload = TestEvents.sample("partnership.registered").replace(TestEvents.SAMPLE_PARTNERSHIP, partnership);
        TestEvents.publishRaw(eventId, "partnership.registered", partnership, payload);
        TestEvents.publishRaw(eventId, "partnership.registered", partnership, payload);
        // a later event with the same key lands on the same partition, so once it is handled both copies were
        TestEvents.publishRaw(UUID.randomUUID().toString(), "partnership.updated", partnership, payload);

        Await.until("the later event is handled", () -> itemsFor(partnership).size() >= 2);
        assertEquals(2, itemsFor(partnership).size(), "one item for one event, however often it arrives");
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndLaterEventsStillArrive() {
        String poisonKey = UUID.randomUUID().toString();
        TestEvents.publishRaw(UUID.randomUUID().toString(), "partnership.registered", poisonKey, "{not json");
        TestKafka.send("directory.events", poisonKey, "no CloudEvents headers", Map.of());
        String partnership = UUID.randomUUID().toString();
        TestEvents.publish("partnership.registered", partnership);

        List<ConsumerRecord<String, String>> dead = TestKafka.read("directory.events.dlq",
                r -> poisonKey.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size(), "both unreadable records are dead-lettered");
        Await.until("the good event is handled", () -> itemsFor(partnership).size() == 1);
        assertTrue(itemsFor(partnership).get(0).get("title").toString().startsWith("New partnership"));
    }

    static List<Map<String, Object>> itemsFor(String partnership) {
        return given().queryParam("partnerships", partnership).queryParam("per_page", 100)
                .when().get("/items").then().statusCode(200).extract().jsonPath().getList("contents");
    }

    private static Map<String, Object> byKind(List<Map<String, Object>> items, String kind) {
        return items.stream().filter(i -> kind.equals(i.get("kind"))).findFirst().orElseThrow();
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
