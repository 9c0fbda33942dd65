package org.partnershiphub.performance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.performance.support.Fixtures;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TargetResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUnknownLeadPartnershipIs422AndNothingIsWritten() {
        String indicator = Fixtures.indicator("higher", "annual");
        String agreement = Fixtures.agreement("E10000011");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("agreement_id", agreement, "indicator_code", indicator, "area", "E07000061",
                        "lead_partnership_id", UUID.randomUUID().toString(), "theme", "housing", "baseline_value", 1,
                        "baseline_period", "2007-08", "targets", Map.of("2010-11", 2)))
                .when().post("/targets")
                .then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("lead_partnership_id")).body("detail", containsString("directory"));
        given().queryParam("indicator_code", indicator).get("/targets").then().body("total_items", equalTo(0));
    }

    @Test
    void setAndReviseAreVersionedWithHistoryAndEvents() throws Exception {
        String lead = Fixtures.partnership("Eastbourne Strategic Partnership " + Fixtures.unique());
        String helper = Fixtures.partnership("Safer East Sussex " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "annual");
        String agreement = Fixtures.agreement("E10000011");
        String id = given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("agreement_id", agreement, "indicator_code", indicator, "area", "E07000061",
                        "lead_partnership_id", lead, "contributing_partnership_ids", List.of(helper), "theme", "housing",
                        "baseline_value", 100, "baseline_period", "2007-08",
                        "targets", Map.of("2008-09", 110, "2009-10", 120, "2010-11", 130)))
                .when().post("/targets")
                .then().statusCode(201).body("current.version", equalTo(1)).body("current.amber_tolerance", equalTo(5))
                .body("partnerships.role", hasItem("contributing"))
                .extract().path("id");

        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("effective_from", "2010-04-01", "reason", "Recession: refreshed with GOSE",
                        "approved_by", "East Sussex Strategic Partnership Board", "targets", Map.of("2010-11", 115)))
                .when().post("/targets/" + id + "/revisions")
                .then().statusCode(200).body("current.version", equalTo(2))
                .body("current.targets.'2010-11'", equalTo(115)).body("current.targets.'2009-10'", equalTo(120));

        given().get("/targets/" + id + "/versions").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].targets.'2010-11'", equalTo(130))
                .body("[1].reason", equalTo("Recession: refreshed with GOSE"))
                .body("[1].approved_by", equalTo("East Sussex Strategic Partnership Board"))
                .body("[1].effective_from", equalTo("2010-04-01"));

        List<ConsumerRecord<String, String>> events = TestKafka.read("performance.events", r -> id.equals(r.key())
                && TestKafka.header(r, "ce_type").startsWith("target."), 2, Duration.ofSeconds(30));
        List<String> types = events.stream().map(r -> TestKafka.header(r, "ce_type")).toList();
        assertEquals(List.of("target.set", "target.revised"), types);
        JsonNode set = JSON.readTree(events.get(0).value());
        assertEquals(indicator, set.get("indicator_code").asText());
        assertEquals(lead, set.get("lead_partnership_id").asText());
        assertEquals("lead", set.at("/partnerships/0/role").asText());
        assertEquals("contributing", set.at("/partnerships/1/role").asText());
        assertEquals("E07000061", set.at("/areas/0").asText());
        assertEquals("housing", set.at("/themes/0").asText());
        assertEquals("higher", set.get("polarity").asText());
        assertEquals("http://localhost:8082/targets/" + id, set.get("url").asText());
        assertEquals("/performance-service", TestKafka.header(events.get(0), "ce_source"));
    }

    @Test
    void anUnknownThemeOrBadYearSaysWhatIsAccepted() {
        String lead = Fixtures.partnership("Hastings LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("lower", "annual");
        String agreement = Fixtures.agreement("E10000011");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("agreement_id", agreement, "indicator_code", indicator,
                "area", "E07000062", "lead_partnership_id", lead, "theme", "crime", "baseline_value", 1,
                "baseline_period", "2007-08", "targets", Map.of("2010-11", 2)));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .post("/targets").then().statusCode(400).body("field", equalTo("theme"))
                .body("detail", containsString("community-safety"));
        body.put("theme", "community-safety");
        body.put("targets", Map.of("2012-13", 2));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .post("/targets").then().statusCode(422).body("field", equalTo("targets"))
                .body("detail", containsString("2008-09 to 2010-11"));
        body.put("targets", Map.of("2010", 2));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .post("/targets").then().statusCode(400).body("detail", containsString("2009-10-Q1"));
    }

    @Test
    void writesNeedThePerformanceOfficerRole() {
        given().contentType(ContentType.JSON).body("{}").post("/targets").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", org.partnershiphub.local.TestStack.get().bearer("engagement-officer"))
                .contentType(ContentType.JSON).body("{}").post("/indicators").then().statusCode(403);
    }
}
