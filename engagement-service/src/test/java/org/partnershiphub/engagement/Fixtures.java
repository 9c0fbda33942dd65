package org.partnershiphub.engagement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.local.TestStack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** What the tests need: partnerships and targets announced through the real broker, tokens, engagements. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String officer() {
        return TestStack.get().bearer("engagement-officer");
    }

    /** A sample event from src/test/resources/events/, as a mutable tree. */
    public static ObjectNode sample(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/events/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void publish(String topic, String type, String eventId, String key, Object payload) {
        try {
            TestKafka.send(topic, key, JSON.writeValueAsString(payload), Map.of(
                    "ce_specversion", "1.0", "ce_id", eventId, "ce_type", type,
                    "ce_source", topic.startsWith("directory") ? "/directory-service" : "/performance-service",
                    "ce_time", Instant.now().toString(), "ce_subject", key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A partnership registered in the directory (through directory.events), once this service knows it. */
    public static UUID partnership(String name) {
        UUID id = UUID.randomUUID();
        ObjectNode event = sample("partnership.registered.json");
        event.put("id", id.toString()).put("name", name).put("slug", "p-" + id.toString().substring(0, 8));
        publish("directory.events", "partnership.registered", UUID.randomUUID().toString(), id.toString(), event);
        awaitOk("/known/partnerships/" + id);
        return id;
    }

    /** An LAA target set in performance-service (through performance.events), once this service knows it. */
    public static UUID target(String title) {
        UUID id = UUID.randomUUID();
        ObjectNode event = sample("target.set.json");
        event.put("id", id.toString()).put("title", title);
        publish("performance.events", "target.set", UUID.randomUUID().toString(), id.toString(), event);
        awaitOk("/known/targets/" + id);
        return id;
    }

    public static void awaitOk(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (given().when().get(path).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " never became available");
            }
            sleep(200);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An area code no other test uses, so that clash and profile tests see only their own engagements. */
    public static String uniqueArea() {
        return "E9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A minimal valid engagement body, to adjust per test. */
    public static Map<String, Object> engagement(UUID partnership, String kind, String title, String area,
                                                 Instant startsAt, Instant endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("summary", "Tell us what you think about " + title.toLowerCase());
        body.put("partnership_ids", List.of(partnership.toString()));
        body.put("themes", List.of("community-strength-leadership"));
        body.put("areas", List.of(area));
        body.put("audiences", List.of("residents"));
        body.put("starts_at", startsAt.toString());
        body.put("ends_at", endsAt.toString());
        body.put("place", "County Hall, Lewes");
        body.put("contact_role", "Partnership Co-ordinator");
        return body;
    }

    public static String create(Map<String, Object> body) {
        return given().header("Authorization", officer()).contentType(ContentType.JSON).body(body)
                .when().post("/engagements")
                .then().statusCode(201).extract().path("id");
    }

    public static void move(String id, String status) {
        move(id, status, null);
    }

    public static void move(String id, String status, String closedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (closedOn != null) {
            body.put("closed_on", closedOn);
        }
        given().header("Authorization", officer()).contentType(ContentType.JSON).body(body)
                .when().post("/engagements/" + id + "/status")
                .then().statusCode(200);
    }
}
