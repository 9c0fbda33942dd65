package org.partnershiphub.directory.messaging;

import io.quarkus.test.junit.QuarkusTest;
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
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershiphub.directory.support.Fixtures.partnership;

/** The accountability view, fed by the sample performance events sent through the real broker. */
@QuarkusTest
class PerformanceEventsConsumerTest {

    private static final String TOPIC = "performance.events";
    private static final String LEWES = "11111111-1111-4111-8111-111111111111";
    private static final String COUNTY = "22222222-2222-4222-8222-222222222222";
    private static final String TARGET = "7b0c6a52-1f1e-4c56-9a57-0f0b8d1f5a01";

    @Test
    void accountabilitiesAreEmptyNotAnErrorUntilEventsArrive() {
        given().when().get("/partnerships/" + partnership(Map.of()) + "/accountabilities").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void targetEventsBuildTheAccountabilityViewOnceEach() {
        String lead = partnership(Map.of("type", "district-lsp"));
        String contributor = partnership(Map.of("type", "county-lsp"));
        String target = UUID.randomUUID().toString();
        Map<String, String> ids = Map.of(LEWES, lead, COUNTY, contributor, TARGET, target);

        String setId = send("target.set", target, ids, null);
        awaitEquals(1, () -> given().get("/partnerships/" + contributor + "/accountabilities").then().extract().path("size()"));
        given().when().get("/partnerships/" + lead + "/accountabilities").then().statusCode(200)
                .body("[0].target_id", org.hamcrest.Matchers.equalTo(target))
                .body("[0].role", org.hamcrest.Matchers.equalTo("lead"))
                .body("[0].indicator_code", org.hamcrest.Matchers.equalTo("NI 154"))
                .body("[0].status", org.hamcrest.Matchers.nullValue());

        // a repeat of an event already handled changes nothing, even if its body differs
        send("target.status-changed", target, ids, setId);
        send("value.recorded", target, ids, null);
        String statusId = send("target.status-changed", target, ids, null);
        awaitEquals("amber", () -> given().get("/partnerships/" + lead + "/accountabilities").then().extract().path("[0].status"));
        given().when().get("/partnerships/" + lead + "/accountabilities").then().body("[0].period", org.hamcrest.Matchers.equalTo("2009/10"));
        assertTrue(statusId != null);

        // the revision drops the county partnership from the target
        send("target.revised", target, ids, null);
        awaitEquals(0, () -> given().get("/partnerships/" + contributor + "/accountabilities").then().extract().path("size()"));
        given().when().get("/partnerships/" + lead + "/accountabilities").then()
                .body("[0].title", org.hamcrest.Matchers.containsString("refreshed"))
                .body("[0].status", org.hamcrest.Matchers.equalTo("amber"));
    }

    @Test
    void aRecordThatCannotBeReadGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, key, "{not json", Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "target.set",
                "ce_source", "/performance-service", "ce_specversion", "1.0"));
        List<ConsumerRecord<String, String>> dead = TestKafka.read(TOPIC + ".dlq", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertEquals("{not json", dead.get(0).value());
    }

    /** Sends a sample event with its ids swapped for this test's; returns the ce_id used. */
    private static String send(String type, String target, Map<String, String> ids, String ceId) {
        String body = type.startsWith("target.") ? sample(type) : "{\"id\":\"" + target + "\",\"value\":1}";
        for (Map.Entry<String, String> e : ids.entrySet()) {
            body = body.replace(e.getKey(), e.getValue());
        }
        String id = ceId != null ? ceId : UUID.randomUUID().toString();
        TestKafka.send(TOPIC, target, body, Map.of("ce_id", id, "ce_type", type, "ce_source", "/performance-service",
                "ce_specversion", "1.0", "ce_time", Instant.now().toString()));
        return id;
    }

    private static String sample(String type) {
        try (InputStream in = PerformanceEventsConsumerTest.class.getResourceAsStream("/events/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void awaitEquals(T expected, Supplier<T> actual) {
        Instant deadline = Instant.now().plusSeconds(30);
        T last = actual.get();
        while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = actual.get();
        }
        assertEquals(expected, last);
    }
}
