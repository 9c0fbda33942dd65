package org.partnershiphub.engagement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Consulting the same people on the same thing at the same time is flagged. */
@QuarkusTest
class ClashTest {

    private static UUID organiser;

    @BeforeEach
    void partnership() {
        if (organiser == null) {
            organiser = Fixtures.partnership("East Sussex Children's Trust");
        }
    }

    private static List<String> sorted(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private static Map<String, Object> body(String title, String area, Instant start, Instant end, List<String> audiences,
                                            List<String> themes) {
        Map<String, Object> body = Fixtures.engagement(organiser, "consultation", title, area, start, end);
        body.put("audiences", audiences);
        body.put("themes", themes);
        return body;
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/engagements").then().statusCode(201);
    }

    @Test
    void overlappingEngagementsForTheSameAreaAndAudienceOrThemeAreWarnedAbout() {
        String area = Fixtures.uniqueArea();
        String other = Fixtures.uniqueArea();
        Instant march = Instant.parse("2034-03-01T00:00:00Z");
        Instant april = Instant.parse("2034-03-31T23:00:00Z");
        String youth = post(body("Youth services review", area, march, april, List.of("children-young-people"),
                List.of("education-learning-skills"))).body("clash_warnings", empty()).extract().path("id");

        // same area, same audience, overlapping: a clash, returned as a warning on create
        String play = post(body("Play strategy", area, march.plus(9, ChronoUnit.DAYS), march.plus(9, ChronoUnit.DAYS),
                List.of("children-young-people", "carers"), List.of("culture-sports-leisure")))
                .body("clash_warnings", hasSize(1))
                .body("clash_warnings[0].engagement_id", equalTo(youth))
                .body("clash_warnings[0].shared_areas", contains(area))
                .body("clash_warnings[0].shared_audiences", contains("children-young-people"))
                .body("clash_warnings[0].message", containsString("Youth services review"))
                .extract().path("id");
        // same area and theme, different audience: a clash too
        String schools = post(body("School transport", area, april.minus(1, ChronoUnit.DAYS), april.plus(20, ChronoUnit.DAYS),
                List.of("business"), List.of("education-learning-skills")))
                .body("clash_warnings.engagement_id", contains(youth)).extract().path("id");
        // no clash: another area; nothing in common; a different time; cancelled
        post(body("Elsewhere", other, march, april, List.of("children-young-people"), List.of("education-learning-skills")))
                .body("clash_warnings", empty());
        post(body("Nothing shared", area, march, april, List.of("older-people"), List.of("housing")))
                .body("clash_warnings", empty());
        post(body("Later", area, april.plus(60, ChronoUnit.DAYS), april.plus(90, ChronoUnit.DAYS),
                List.of("children-young-people"), List.of("education-learning-skills")))
                .body("clash_warnings", empty());
        String cancelled = post(body("Cancelled", area, march, april, List.of("children-young-people"), List.of()))
                .extract().path("id");
        Fixtures.move(cancelled, "cancelled");

        given().when().get("/engagements/" + youth + "/clashes")
                .then().statusCode(200).body("engagement_id", contains(play, schools));
        // opening returns the warnings again
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("status", "open"))
                .when().post("/engagements/" + youth + "/status")
                .then().statusCode(200).body("clash_warnings.engagement_id", contains(play, schools));

        List<List<String>> pairs = given().when().get("/clashes?from=2034-03-01&to=2034-03-31")
                .then().statusCode(200).extract()
                .path("findAll { it.first.areas.contains('" + area + "') }.collect { [it.first.id, it.second.id].sort() }");
        assertEquals(java.util.Set.of(sorted(youth, play), sorted(youth, schools)), java.util.Set.copyOf(pairs));
        given().when().get("/clashes?from=2034-03-01").then().statusCode(400).body("parameter", equalTo("to"));
    }

    @Test
    void aCountyWideEngagementClashesWithOneInADistrictOfThatCounty() {
        String county = Fixtures.uniqueArea();
        String district = Fixtures.uniqueArea();
        com.fasterxml.jackson.databind.node.ObjectNode area = Fixtures.sample("area.saved.json");
        area.put("code", district).put("name", "A district").put("parent_code", county);
        Fixtures.publish("directory.events", "area.saved", UUID.randomUUID().toString(), district, area);
        Fixtures.awaitOk("/known/areas/" + district);

        Instant start = Instant.parse("2035-05-01T00:00:00Z");
        String countyWide = post(body("County strategy refresh", county, start, start.plus(30, ChronoUnit.DAYS),
                List.of("residents"), List.of("housing"))).extract().path("id");
        post(body("District housing forum", district, start.plus(3, ChronoUnit.DAYS), start.plus(3, ChronoUnit.DAYS),
                List.of("residents"), List.of("housing")))
                .body("clash_warnings.engagement_id", contains(countyWide))
                .body("clash_warnings[0].shared_areas", contains(district));
    }
}
