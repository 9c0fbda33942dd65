package org.partnershiphub.engagement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Who took part: counts only, never personal data; and how that compares with who lives there. */
@QuarkusTest
class ParticipationTest {

    private static final String PROBLEM = "application/problem+json";
    private static UUID organiser;

    @BeforeEach
    void partnership() {
        if (organiser == null) {
            organiser = Fixtures.partnership("Wealden Local Strategic Partnership");
        }
    }

    private String opened(String kind, String area, Instant start) {
        String id = Fixtures.create(Fixtures.engagement(organiser, kind, "District forum", area, start, start.plus(3, ChronoUnit.HOURS)));
        Fixtures.move(id, "open");
        return id;
    }

    private static io.restassured.response.ValidatableResponse put(String id, Object body) {
        return given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .when().put("/engagements/" + id + "/participation").then();
    }

    @Test
    void countsAndTheCloseReportOfAnEventAreKept() {
        String id = opened("forum", "E07000065", Instant.now());
        put(id, Map.of("total", 120, "by_area", Map.of("E07000065", 110), "by_sector", Map.of("voluntary-sector", 30),
                "by_population_group", Map.of("older-people", 50), "by_age_band", Map.of("65+", 50, "25-64", 60),
                "attendees", 120, "organisations_attending", 34, "contributions_received", 57))
                .statusCode(200);
        given().when().get("/engagements/" + id + "/participation")
                .then().statusCode(200)
                .body("total", equalTo(120))
                .body("by_area.E07000065", equalTo(110))
                .body("by_age_band.'65+'", equalTo(50))
                .body("close_report.attendees", equalTo(120))
                .body("close_report.organisations_attending", equalTo(34))
                .body("close_report.contributions_received", equalTo(57));
    }

    @Test
    void aConsultationHasNoCloseReport() {
        String id = opened("consultation", Fixtures.uniqueArea(), Instant.now());
        put(id, Map.of("total", 10, "contributions_received", 10)).statusCode(200).body("close_report", nullValue())
                .body("contributions_received", equalTo(10));
    }

    @Test
    void anythingThatLooksLikePersonalDataIsRefusedWith422AndNotKept() {
        String id = opened("workshop", Fixtures.uniqueArea(), Instant.now());
        Map<String, Map<String, Object>> attempts = Map.of(
                "by_sector", Map.of("jo.bloggs@example.org", 1),
                "by_population_group", Map.of("Mary Smith", 1),
                "by_area", Map.of("01273 481000", 1),
                "by_age_band", Map.of("BN7 1UE", 1));
        attempts.forEach((field, breakdown) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("total", 5);
            body.put(field, breakdown);
            put(id, body).statusCode(422).contentType(PROBLEM)
                    .body("title", equalTo("Looks like personal data"))
                    .body("field", equalTo(field))
                    .body("detail", containsString("counts only"))
                    .body("detail", not(containsString(breakdown.keySet().iterator().next())));
        });
        put(id, Map.of("total", 5, "by_sector", Map.of("Voluntary sector!", 5))).statusCode(422).body("title", equalTo("Not a code"));
        given().when().get("/engagements/" + id + "/participation").then().statusCode(404);
    }

    @Test
    void fieldsForPeopleAreNotPartOfTheApi() {
        String id = opened("workshop", Fixtures.uniqueArea(), Instant.now());
        put(id, Map.of("total", 2, "attendee_names", java.util.List.of("Jo Bloggs", "Sam Smith")))
                .statusCode(400).contentType(PROBLEM).body("field", equalTo("attendee_names"));
    }

    @Test
    void aBreakdownCannotCountMorePeopleThanTookPart() {
        String id = opened("workshop", Fixtures.uniqueArea(), Instant.now());
        put(id, Map.of("total", 10, "by_age_band", Map.of("16-24", 8, "25-64", 8))).statusCode(422).body("field", equalTo("by_age_band"));
        put(id, Map.of("total", -1)).statusCode(400);
    }

    @Test
    void participationWaitsForTheEngagementToOpen() {
        Instant start = Instant.now().plus(9, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "forum", "Not yet", Fixtures.uniqueArea(), start, start));
        put(id, Map.of("total", 3)).statusCode(409);
    }

    @Test
    void theProfileFlagsGroupsHeardLessThanTheirShareOfThePopulation() {
        String area = Fixtures.uniqueArea();
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("source", "Illustrative figures, not official statistics", "illustrative", true,
                        "shares", Map.of("age-band", Map.of("16-24", 0.10, "25-64", 0.50, "65+", 0.25),
                                "population-group", Map.of("older-people", 0.25, "children-young-people", 0.20))))
                .when().put("/reference-populations/" + area)
                .then().statusCode(200).body("illustrative", equalTo(true)).body("shares.'age-band'.'65+'", equalTo(0.25f));

        Instant day = LocalDate.of(2026, 3, 10).atStartOfDay().toInstant(ZoneOffset.UTC);
        String first = opened("forum", area, day);
        put(first, Map.of("total", 100, "by_age_band", Map.of("16-24", 2, "25-64", 60, "65+", 38),
                "by_population_group", Map.of("older-people", 38, "children-young-people", 2))).statusCode(200);
        String second = opened("workshop", area, day.plus(5, ChronoUnit.DAYS));
        put(second, Map.of("total", 100, "by_age_band", Map.of("16-24", 8, "25-64", 62, "65+", 30),
                "by_population_group", Map.of("older-people", 30, "children-young-people", 20))).statusCode(200);
        // outside the period: not counted
        String later = opened("forum", area, day.plus(60, ChronoUnit.DAYS));
        put(later, Map.of("total", 1000, "by_age_band", Map.of("16-24", 1000))).statusCode(200);

        given().when().get("/participation/profile?area=" + area + "&from=2026-03-01&to=2026-03-31")
                .then().statusCode(200)
                .body("engagements", equalTo(2))
                .body("participants", equalTo(200))
                .body("margin", equalTo(0.05f))
                .body("population_illustrative", equalTo(true))
                .body("groups.find { it.group == '16-24' }.participants", equalTo(10))
                .body("groups.find { it.group == '16-24' }.participation_share", equalTo(0.05f))
                .body("groups.find { it.group == '16-24' }.gap", equalTo(-0.05f))
                .body("groups.find { it.group == '16-24' }.under_heard", equalTo(false))
                .body("groups.find { it.group == 'children-young-people' }.participation_share", equalTo(0.11f))
                .body("groups.find { it.group == 'children-young-people' }.under_heard", equalTo(true))
                .body("groups.find { it.group == '65+' }.under_heard", equalTo(false))
                .body("groups.find { it.group == 'older-people' }.participation_share", equalTo(0.34f));
    }

    @Test
    void theProfileNeedsAReferencePopulationAndAllItsParameters() {
        given().when().get("/participation/profile?area=" + Fixtures.uniqueArea() + "&from=2026-01-01&to=2026-12-31")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("PUT /reference-populations/"));
        given().when().get("/participation/profile?area=Lewes&from=2026-01-01&to=2026-12-31")
                .then().statusCode(400).body("parameter", equalTo("area"));
        given().when().get("/participation/profile?area=E07000063&from=2026-01-01")
                .then().statusCode(400).body("parameter", equalTo("to"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("source", "x", "illustrative", true, "shares", Map.of("income", Map.of("low", 0.2))))
                .when().put("/reference-populations/E07000063")
                .then().statusCode(422).body("field", equalTo("shares"));
    }
}
