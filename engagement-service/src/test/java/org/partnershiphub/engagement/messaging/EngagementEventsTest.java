package org.partnershiphub.engagement.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;
import org.partnershiphub.local.KafkaBroker;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.local.TestStack;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What engagement-service tells the rest of the hub, read back from the real broker. */
@QuarkusTest
class EngagementEventsTest {

    static final String TOPIC = "engagement.events";
    private static UUID organiser;

    @BeforeEach
    void partnership() {
        if (organiser == null) {
            organiser = Fixtures.partnership("East Sussex Strategic Partnership");
        }
    }

    static List<ConsumerRecord<String, String>> events(String key, String type, int expected) {
        return TestKafka.read(TOPIC, r -> key.equals(r.key()) && type.equals(TestKafka.header(r, "ce_type")),
                expected, Duration.ofSeconds(30));
    }

    static JsonNode payload(ConsumerRecord<String, String> record) {
        try {
            return Fixtures.JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void recordingAnEngagementPublishesEngagementScheduledWithEverythingAReaderNeeds() {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = Fixtures.engagement(organiser, "conference", "Partnership conference",
                "E10000011", start, start.plus(7, ChronoUnit.HOURS));
        body.put("audiences", List.of("elected-members", "voluntary-sector"));
        String id = Fixtures.create(body);

        List<ConsumerRecord<String, String>> records = events(id, "engagement.scheduled", 1);
        assertEquals(1, records.size(), "one engagement.scheduled keyed by the engagement id");
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("/engagement-service", TestKafka.header(record, "ce_source"));
        assertEquals(id, TestKafka.header(record, "ce_subject"));
        assertNotNull(TestKafka.header(record, "ce_id"));
        assertNotNull(TestKafka.header(record, "ce_time"));
        JsonNode event = payload(record);
        assertEquals(id, event.get("id").asText());
        assertEquals("conference", event.get("kind").asText());
        assertEquals("planned", event.get("status").asText());
        assertEquals("Partnership conference", event.get("title").asText());
        assertEquals("Tell us what you think about partnership conference", event.get("summary").asText());
        assertEquals(start, Instant.parse(event.get("starts_at").asText()));
        assertTrue(event.get("feedback_due_on").isNull());
        assertEquals(organiser.toString(), event.at("/partnerships/0/id").asText());
        assertEquals("East Sussex Strategic Partnership", event.at("/partnerships/0/name").asText());
        assertEquals("organiser", event.at("/partnerships/0/role").asText());
        assertEquals("E10000011", event.at("/areas/0").asText());
        assertEquals("community-strength-leadership", event.at("/themes/0").asText());
        assertEquals("elected-members", event.at("/audiences/0").asText());
        assertEquals("http://localhost:8083/engagements/" + id, event.get("url").asText());
        assertNotNull(event.get("occurred_at"));
    }

    @Test
    void openingAndClosingAConsultationAreAnnouncedOnce() {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "consultation", "Pride of Place consultation",
                Fixtures.uniqueArea(), start, start.plus(84, ChronoUnit.DAYS)));
        Fixtures.move(id, "open");
        Fixtures.move(id, "closed");

        List<ConsumerRecord<String, String>> all = TestKafka.read(TOPIC, r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(List.of("engagement.scheduled", "consultation.opened", "consultation.closed"),
                all.stream().map(r -> TestKafka.header(r, "ce_type")).toList(), "each once, in order");
        assertEquals("open", payload(all.get(1)).get("status").asText());
        JsonNode event = payload(all.get(2));
        assertEquals("closed", event.get("status").asText());
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(90).toString(),
                event.get("feedback_due_on").asText(), "readers learn when the outcome is owed");
    }

    @Test
    void aWriteSucceedsWhileKafkaIsDownAndItsEventFollowsOnceKafkaIsBack() {
        KafkaBroker broker = TestStack.get().ownKafka().orElse(null);
        assumeTrue(broker != null, "needs a broker this JVM may stop");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        String id;
        broker.stop();
        try {
            id = Fixtures.create(Fixtures.engagement(organiser, "public-meeting", "Meeting recorded during an outage",
                    Fixtures.uniqueArea(), start, start.plus(2, ChronoUnit.HOURS)));
            given().when().get("/engagements/" + id).then().statusCode(200);
        } finally {
            broker.start();
        }
        assertEquals(1, events(id, "engagement.scheduled", 1).size(), "the event arrives, once");
    }

    @Test
    void eventsOtherThanConsultationsAreNotAnnouncedAsConsultations() {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "workshop", "Dynamics of Place workshop",
                Fixtures.uniqueArea(), start, start.plus(4, ChronoUnit.HOURS)));
        Fixtures.move(id, "open");
        List<ConsumerRecord<String, String>> all = TestKafka.read(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(List.of("engagement.scheduled"), all.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
    }
}
