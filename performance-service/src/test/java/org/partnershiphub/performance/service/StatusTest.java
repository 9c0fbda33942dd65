package org.partnershiphub.performance.service;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** RAG against the trajectory, direction of travel, projection, and the target.status-changed event. */
@QuarkusTest
class StatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Baseline 100 (2007-08), targets 110/120/130, amber within 10%: the 2009-10 trajectory is 120. */
    @Test
    void ragWhenHigherIsBetter() {
        String lead = Fixtures.partnership("Higher LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "annual");
        String agreement = Fixtures.agreement("E10000011");
        assertRag(Fixtures.target(agreement, indicator, "E07000061", lead, 110, 120, 130), indicator, "E07000061", 125, "green");
        assertRag(Fixtures.target(agreement, indicator, "E07000062", lead, 110, 120, 130), indicator, "E07000062", 110, "amber");
        assertRag(Fixtures.target(agreement, indicator, "E07000063", lead, 110, 120, 130), indicator, "E07000063", 105, "red");
    }

    /** Baseline 100, targets 90/80/70, amber within 10%: the 2009-10 trajectory is 80 and lower is better. */
    @Test
    void ragWhenLowerIsBetter() {
        String lead = Fixtures.partnership("Lower LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("lower", "annual");
        String agreement = Fixtures.agreement("E10000011");
        assertRag(Fixtures.target(agreement, indicator, "E07000061", lead, 90, 80, 70), indicator, "E07000061", 75, "green");
        assertRag(Fixtures.target(agreement, indicator, "E07000062", lead, 90, 80, 70), indicator, "E07000062", 87, "amber");
        assertRag(Fixtures.target(agreement, indicator, "E07000063", lead, 90, 80, 70), indicator, "E07000063", 90, "red");
    }

    @Test
    void quarterlyFiguresAreReadOnTheTrajectoryWithDirectionAndProjection() {
        String lead = Fixtures.partnership("Quarterly LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "quarterly");
        String target = Fixtures.target(Fixtures.agreement("E10000011"), indicator, "E07000064", lead, 110, 120, 130);
        Fixtures.value(indicator, "E07000064", "2008-09-Q2", 104);
        Fixtures.value(indicator, "E07000064", "2009-10-Q1", 110);
        Fixtures.value(indicator, "E07000064", "2009-10-Q2", 116);
        given().get("/targets/" + target + "/status").then().statusCode(200)
                .body("latest_period", equalTo("2009-10-Q2"))
                .body("latest.trajectory", equalTo(115.014f))
                .body("rag", equalTo("green"))
                .body("vs_previous_period.compared_with", equalTo("2009-10-Q1"))
                .body("vs_previous_period.direction", equalTo("improving"))
                .body("vs_same_period_last_year.compared_with", equalTo("2008-09-Q2"))
                .body("vs_same_period_last_year.direction", equalTo("improving"))
                .body("projection.final_year", equalTo("2010-11"))
                .body("projection.outcome", equalTo("on-course"))
                .body("projection.method", containsString("least squares"))
                .body("latest.method", containsString("straight line"))
                .body("method", notNullValue());
    }

    @Test
    void aRevisionChangesStatusFromItsEffectiveDateOn() {
        String lead = Fixtures.partnership("Revised LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "annual");
        String target = Fixtures.target(Fixtures.agreement("E10000011"), indicator, "E07000065", lead, 110, 120, 130);
        Fixtures.value(indicator, "E07000065", "2009-10", 120);
        Fixtures.value(indicator, "E07000065", "2010-11", 132);
        given().get("/targets/" + target + "/status").then()
                .body("periods[0].rag", equalTo("green")).body("periods[1].rag", equalTo("green"));

        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("effective_from", "2010-04-01", "reason", "Stretch agreed at the refresh",
                        "approved_by", "ESSP Board", "targets", Map.of("2009-10", 140, "2010-11", 150)))
                .post("/targets/" + target + "/revisions").then().statusCode(200);

        given().get("/targets/" + target + "/status").then()
                .body("periods[0].period", equalTo("2009-10")).body("periods[0].version", equalTo(1))
                .body("periods[0].rag", equalTo("green"))
                .body("periods[1].period", equalTo("2010-11")).body("periods[1].version", equalTo(2))
                .body("periods[1].trajectory", equalTo(150.0f)).body("periods[1].rag", equalTo("red"));
    }

    @Test
    void aValueTurningATargetRedEmitsExactlyOneStatusChange() throws Exception {
        String lead = Fixtures.partnership("Red LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "annual");
        String target = Fixtures.target(Fixtures.agreement("E10000011"), indicator, "E07000061", lead, 110, 120, 130);
        Fixtures.value(indicator, "E07000061", "2008-09", 112);
        Fixtures.value(indicator, "E07000061", "2009-10", 121);
        String red = Fixtures.value(indicator, "E07000061", "2010-11", 100);
        // still red after a correction: no further event
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("value", 101, "reason", "typo")).put("/values/" + red).then().statusCode(200);

        List<ConsumerRecord<String, String>> changes = TestKafka.read("performance.events",
                r -> target.equals(r.key()) && "target.status-changed".equals(TestKafka.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertEquals(2, changes.size(), "first status, then the turn to red, and nothing for the later correction");
        JsonNode first = JSON.readTree(changes.get(0).value());
        assertEquals("green", first.get("new_status").asText());
        assertEquals(true, first.get("old_status").isNull());
        JsonNode turn = JSON.readTree(changes.get(1).value());
        assertEquals("green", turn.get("old_status").asText());
        assertEquals("red", turn.get("new_status").asText());
        assertEquals("2010-11", turn.get("period").asText());
        assertEquals(lead, turn.get("lead_partnership_id").asText());
        assertEquals("housing", turn.at("/themes/0").asText());
        assertEquals("E07000061", turn.at("/areas/0").asText());
        assertEquals(indicator, turn.get("indicator_code").asText());
    }

    private static void assertRag(String target, String indicator, String area, double value, String rag) {
        Fixtures.value(indicator, area, "2009-10", value);
        given().get("/targets/" + target + "/status").then().statusCode(200)
                .body("rag", equalTo(rag));
    }
}
