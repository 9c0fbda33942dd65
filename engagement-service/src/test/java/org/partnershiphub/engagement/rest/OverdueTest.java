package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;
import org.partnershiphub.engagement.service.OverdueService;
import org.partnershiphub.local.TestKafka;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outcomes owed 90 days after closing: listed when late, and announced exactly once. */
@QuarkusTest
class OverdueTest {

    private static UUID organiser;

    @Inject
    OverdueService overdue;

    @BeforeEach
    void partnership() {
        if (organiser == null) {
            organiser = Fixtures.partnership("Lewes Area Sub-partnership: Seaford");
        }
    }

    private static String closedDaysAgo(int days) {
        LocalDate closedOn = LocalDate.now(ZoneId.of("Europe/London")).minusDays(days);
        Instant start = closedOn.minusDays(60).atStartOfDay(ZoneId.of("Europe/London")).toInstant();
        String id = Fixtures.create(Fixtures.engagement(organiser, "consultation", "Seaford town plan",
                Fixtures.uniqueArea(), start, start.plus(59, ChronoUnit.DAYS)));
        Fixtures.move(id, "open");
        Fixtures.move(id, "closed", closedOn.toString());
        return id;
    }

    @Test
    void anOutcomeNotPublishedNinetyDaysAfterClosingIsListedAsOverdue() {
        String late = closedDaysAgo(100);
        String inTime = closedDaysAgo(30);
        given().when().get("/outcomes/overdue")
                .then().statusCode(200)
                .body("engagement.id", hasItem(late))
                .body("engagement.id", not(hasItem(inTime)))
                .body("find { it.engagement.id == '" + late + "' }.days_overdue", equalTo(10))
                .body("find { it.engagement.id == '" + late + "' }.engagement.outcome_overdue", equalTo(true));
        given().when().get("/engagements/" + inTime).then().body("outcome_overdue", equalTo(false));

        // publishing the outcome settles the debt
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("we_asked", List.of("Q"), "you_said", List.of("A"),
                        "we_did", List.of(Map.of("action", "Acted", "owner", "Town council", "due", "2026-01-01"))))
                .when().put("/engagements/" + late + "/outcome").then().statusCode(200);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("{}")
                .when().post("/engagements/" + late + "/outcome/publish").then().statusCode(200);
        given().when().get("/outcomes/overdue").then().body("engagement.id", not(hasItem(late)));
    }

    @Test
    void outcomeOverdueIsPublishedExactlyOnceEvenWhenChecksRunAtTheSameTime() {
        String late = closedDaysAgo(91);
        String notYet = closedDaysAgo(90);
        List<CompletableFuture<Integer>> checks = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(overdue::announceOverdue)).toList();
        checks.forEach(CompletableFuture::join);
        overdue.announceOverdue();

        List<ConsumerRecord<String, String>> records = TestKafka.read("engagement.events",
                r -> (late.equals(r.key()) || notYet.equals(r.key())) && "outcome.overdue".equals(TestKafka.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one outcome.overdue, for the late one only");
        assertEquals(late, records.get(0).key());
        JsonNode event = read(records.get(0).value());
        assertEquals(LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString(), event.get("feedback_due_on").asText());
        assertEquals("closed", event.get("status").asText());
        assertEquals("Lewes Area Sub-partnership: Seaford", event.at("/partnerships/0/name").asText());
    }

    private static JsonNode read(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
