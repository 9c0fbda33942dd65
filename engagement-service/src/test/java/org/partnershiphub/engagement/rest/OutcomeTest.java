package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;
import org.partnershiphub.local.TestKafka;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** We asked, you said, we did: writing the outcome and publishing it. */
@QuarkusTest
class OutcomeTest {

    private static UUID organiser;

    @BeforeEach
    void partnership() {
        if (organiser == null) {
            organiser = Fixtures.partnership("Hastings & St Leonards Local Strategic Partnership");
        }
    }

    static Map<String, Object> outcome(List<String> targets) {
        return Map.of(
                "we_asked", List.of("What should the partnership's priorities be to 2026?"),
                "you_said", List.of("Affordable housing came top in every district", "Better buses to work"),
                "we_did", List.of(Map.of("action", "Housing made a Pride of Place theme", "owner", "ESSP Executive Board",
                        "due", "2008-06-30")),
                "target_ids", targets);
    }

    private String closedConsultation() {
        Instant start = Instant.now().minus(120, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "consultation", "Sustainable Community Strategy",
                Fixtures.uniqueArea(), start, start.plus(84, ChronoUnit.DAYS)));
        Fixtures.move(id, "open");
        Fixtures.move(id, "closed");
        return id;
    }

    @Test
    void publishingTheOutcomeMovesTheEngagementOnAndAnnouncesIt() {
        UUID target = Fixtures.target("NI 155 Affordable homes delivered – Hastings");
        String id = closedConsultation();
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(outcome(List.of(target.toString())))
                .when().put("/engagements/" + id + "/outcome")
                .then().statusCode(200)
                .body("published", equalTo(false))
                .body("we_did[0].owner", equalTo("ESSP Executive Board"))
                .body("targets[0].name", equalTo("NI 155 Affordable homes delivered – Hastings"));

        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("published_on", "2026-02-01"))
                .when().post("/engagements/" + id + "/outcome/publish")
                .then().statusCode(200)
                .body("published", equalTo(true)).body("published_on", equalTo("2026-02-01"));

        given().when().get("/engagements/" + id)
                .then().body("status", equalTo("outcome-published"))
                .body("allowed_transitions", org.hamcrest.Matchers.empty())
                .body("status_history.to", contains("planned", "open", "closed", "outcome-published"));
        given().when().get("/engagements/" + id + "/outcome")
                .then().statusCode(200)
                .body("we_asked", contains("What should the partnership's priorities be to 2026?"))
                .body("you_said", hasItems("Better buses to work"))
                .body("we_did[0].due", equalTo("2008-06-30"));

        List<ConsumerRecord<String, String>> records = TestKafka.read("engagement.events",
                r -> id.equals(r.key()) && "outcome.published".equals(TestKafka.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        JsonNode event = read(records.get(0).value());
        assertEquals("outcome-published", event.get("status").asText());
        assertEquals("Hastings & St Leonards Local Strategic Partnership", event.at("/partnerships/0/name").asText());

        // publishing twice is a conflict, not a second event
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("{}")
                .when().post("/engagements/" + id + "/outcome/publish")
                .then().statusCode(409).body("current_status", equalTo("outcome-published"));
    }

    @Test
    void anOutcomeWaitsForTheEngagementToClose() {
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "survey", "Residents survey", Fixtures.uniqueArea(),
                start, start.plus(30, ChronoUnit.DAYS)));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(outcome(List.of()))
                .when().put("/engagements/" + id + "/outcome")
                .then().statusCode(409).contentType("application/problem+json").body("current_status", equalTo("planned"));
    }

    @Test
    void thereIsNothingToPublishBeforeAnOutcomeIsWritten() {
        String id = closedConsultation();
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("{}")
                .when().post("/engagements/" + id + "/outcome/publish")
                .then().statusCode(409).body("title", equalTo("No outcome to publish"));
        given().when().get("/engagements/" + id).then().body("status", equalTo("closed"));
    }

    @Test
    void everyActionNeedsAnOwnerAndADateAndTargetsMustBeKnown() {
        String id = closedConsultation();
        Map<String, Object> noOwner = Map.of("we_asked", List.of("Q"), "you_said", List.of("A"),
                "we_did", List.of(Map.of("action", "Something")));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(noOwner)
                .when().put("/engagements/" + id + "/outcome")
                .then().statusCode(400).body("violations.field", hasItems("we_did[0].owner", "we_did[0].due"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(outcome(List.of(UUID.randomUUID().toString())))
                .when().put("/engagements/" + id + "/outcome")
                .then().statusCode(422).body("field", equalTo("target_ids"));
    }

    private static JsonNode read(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
