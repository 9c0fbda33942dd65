package org.partnershiphub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.performance.support.Fixtures;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ValueResourceTest {

    @Test
    void everyChangeIsKeptWithWhoWhenAndWhy() throws Exception {
        String lead = Fixtures.partnership("Wealden LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "quarterly");
        Fixtures.target(Fixtures.agreement("E10000011"), indicator, "E07000065", lead, 110, 120, 130);
        String id = Fixtures.value(indicator, "E07000065", "2009-10-Q2", 111);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("value", 114, "reason", "Audited figure replaces the provisional return"))
                .when().put("/values/" + id)
                .then().statusCode(200).body("value", equalTo(114)).body("status", equalTo("revised"));
        given().get("/values/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].value", equalTo(111)).body("[0].changed_by", equalTo("test-user"))
                .body("[1].value", equalTo(114)).body("[1].previous_value", equalTo(111))
                .body("[1].reason", equalTo("Audited figure replaces the provisional return"))
                .body("[1].changed_at", org.hamcrest.Matchers.notNullValue());

        var events = TestKafka.read("performance.events", r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(java.util.List.of("value.recorded", "value.revised"),
                events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        var revised = new com.fasterxml.jackson.databind.ObjectMapper().readTree(events.get(1).value());
        assertEquals("2009-10-Q2", revised.get("period").asText());
        assertEquals(114, revised.get("value").asInt());
        assertEquals("E07000065", revised.get("area").asText());
    }

    @Test
    void aBadlyWrittenPeriodIs400NamingTheAcceptedForms() {
        String indicator = Fixtures.indicator("higher", "quarterly");
        Fixtures.agreement("E10000011");
        for (String bad : new String[] {"2009/10", "2009-11", "2009-10-Q5", "Q1 2009"}) {
            given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                    .body(Map.of("indicator_code", indicator, "area", "E10000011", "period", bad, "value", 1))
                    .when().post("/values")
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("period"))
                    .body("detail", containsString("2009-10")).body("detail", containsString("2009-10-Q1"));
        }
        given().queryParam("period", "2009").get("/values").then().statusCode(400);
    }

    @Test
    void aLockedPeriodChangesOnlyByAnAdminGivingAReason() {
        String indicator = Fixtures.indicator("higher", "annual");
        Fixtures.agreement("E10000011");
        int start = 2201 + (int) (Math.random() * 790);
        String period = start + "-" + String.format("%02d", (start + 1) % 100);
        String id = Fixtures.value(indicator, "E10000011", period, 50);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Year-end return submitted")).post("/periods/" + period + "/lock")
                .then().statusCode(201).body("period", equalTo(period));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Year-end return submitted")).post("/periods/" + period + "-Q1/lock")
                .then().statusCode(201).body("period", equalTo(period + "-Q1"));
        given().get("/periods/locks").then().body("period", hasItem(period));

        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("value", 51, "reason", "late correction")).put("/values/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("locked"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("indicator_code", indicator, "area", "E10000011", "period", period + "-Q1", "value", 3))
                .post("/values").then().statusCode(422).body("field", equalTo("reason"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("value", 52, "reason", "Audit found a double count")).put("/values/" + id)
                .then().statusCode(200).body("value", equalTo(52));
        given().get("/values/" + id).then().body("value", equalTo(52));

        given().header("Authorization", Fixtures.officer()).delete("/periods/" + period + "/lock").then().statusCode(403);
        given().header("Authorization", Fixtures.admin()).delete("/periods/" + period + "/lock").then().statusCode(204);
        given().get("/periods/locks").then().body("period", not(hasItem(period)));
    }
}
