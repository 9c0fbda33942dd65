package org.partnershiphub.performance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.partnershiphub.performance.support.Fixtures;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The illustrative East Sussex LAA of deploy/local is accepted by this API as its loader sends it, and
 * gives the mix of green, amber and red it is meant to show.
 */
@QuarkusTest
class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final File DEMO = new File("../deploy/local/src/main/resources/demo/performance");

    @Test
    void theIllustrativeAgreementLoadsWithAMixOfStatuses() throws Exception {
        JsonNode indicators = JSON.readTree(new File(DEMO, "indicators.json"));
        assertTrue(indicators.size() >= 20 && indicators.size() <= 30, "20-30 National Indicators");
        for (JsonNode indicator : indicators) {
            given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(indicator.toString())
                    .post("/indicators").then().statusCode(201);
        }
        String agreement = given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(JSON.readTree(new File(DEMO, "agreement.json")).toString())
                .post("/agreements").then().statusCode(201).extract().path("id");
        Map<String, String> partnerships = new HashMap<>();
        Map<String, Integer> rags = new TreeMap<>();
        JsonNode targets = JSON.readTree(new File(DEMO, "targets.json"));
        for (JsonNode t : targets) {
            ObjectNode body = JSON.createObjectNode();
            body.put("agreement_id", agreement);
            body.put("indicator_code", t.get("indicator_code").asText());
            body.put("area", t.get("area").asText());
            body.put("lead_partnership_id", partnerships.computeIfAbsent(t.get("lead").asText(), Fixtures::partnership));
            t.path("contributing").forEach(slug -> body.withArray("contributing_partnership_ids")
                    .add(partnerships.computeIfAbsent(slug.asText(), Fixtures::partnership)));
            for (String field : new String[] {"theme", "baseline_value", "baseline_period", "targets", "amber_tolerance"}) {
                body.set(field, t.get(field));
            }
            String id = given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                    .body(body.toString()).post("/targets").then().statusCode(201).extract().path("id");
            for (JsonNode v : t.path("values")) {
                ObjectNode value = JSON.createObjectNode();
                value.put("indicator_code", t.get("indicator_code").asText());
                value.put("area", t.get("area").asText());
                value.put("period", v.get("period").asText());
                value.set("value", v.get("value"));
                value.put("status", v.get("status").asText());
                value.put("source", "Illustrative demo figure – not an official statistic");
                given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(value.toString())
                        .post("/values").then().statusCode(201);
            }
            for (JsonNode m : t.path("milestones")) {
                given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(m.toString())
                        .post("/targets/" + id + "/milestones").then().statusCode(201);
            }
            for (JsonNode r : t.path("risks")) {
                given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(r.toString())
                        .post("/targets/" + id + "/risks").then().statusCode(201);
            }
            rags.merge(given().get("/targets/" + id + "/status").path("rag"), 1, Integer::sum);
        }
        assertEquals(15, targets.size());
        assertEquals(Map.of("amber", 5, "green", 6, "red", 4), rags);
    }
}
