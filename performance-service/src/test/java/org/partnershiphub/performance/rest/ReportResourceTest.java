package org.partnershiphub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.performance.support.Fixtures;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReportResourceTest {

    @jakarta.inject.Inject
    org.partnershiphub.performance.service.MilestoneService milestones;

    @Test
    void anOverdueMilestoneIsAnnouncedOnceAndListedAsAnException() {
        String lead = Fixtures.partnership("Exceptions LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "annual");
        String target = Fixtures.target(Fixtures.agreement("E10000011"), indicator, "E07000063", lead, 110, 120, 130);
        Fixtures.value(indicator, "E07000063", "2009-10", 90);
        String milestone = given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Affordable housing SPD adopted", "due_on", LocalDate.now().minusDays(3).toString(),
                        "lead", "Head of Planning"))
                .post("/targets/" + target + "/milestones").then().statusCode(201).body("overdue", equalTo(true))
                .extract().path("id");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("title", "Done on time", "due_on", LocalDate.now().minusDays(3).toString(), "status", "completed"))
                .post("/targets/" + target + "/milestones").then().statusCode(201).body("overdue", equalTo(false));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("description", "Developers stall schemes", "likelihood", 4, "impact", 4, "owner", "Planning"))
                .post("/targets/" + target + "/risks").then().statusCode(201).body("score", equalTo(16));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("description", "Minor data delay", "likelihood", 2, "impact", 3))
                .post("/targets/" + target + "/risks").then().statusCode(201).body("score", equalTo(6));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("description", "x", "likelihood", 6, "impact", 3))
                .post("/targets/" + target + "/risks").then().statusCode(400);

        Fixtures.await("overdue announced", () -> !TestKafka.read("performance.events",
                r -> milestone.equals(r.key()), 1, Duration.ofSeconds(5)).isEmpty());
        // further checks (scheduled every 2 s in tests, and this one) find nothing left to announce
        assertEquals(0, milestones.announceOverdue(LocalDate.now()));
        List<ConsumerRecord<String, String>> overdue = TestKafka.read("performance.events",
                r -> milestone.equals(r.key()), 1, Duration.ofSeconds(10));
        assertEquals(1, overdue.size(), "announced once");
        assertEquals("milestone.overdue", TestKafka.header(overdue.get(0), "ce_type"));
        assertThat(overdue.get(0).value(), containsString("\"target_id\": \"" + target + "\""));

        given().queryParam("lead_partnership_id", lead).get("/exceptions").then().statusCode(200)
                .body("by_partnership.size()", equalTo(1))
                .body("by_partnership[0].key", equalTo(lead))
                .body("by_partnership[0].red_targets.target_id", equalTo(List.of(target)))
                .body("by_partnership[0].overdue_milestones.milestone_id", equalTo(List.of(milestone)))
                .body("by_partnership[0].high_risks.score", equalTo(List.of(16)))
                .body("by_theme[0].key", equalTo("housing"))
                .body("by_theme[0].high_risks.size()", equalTo(1));
    }

    @Test
    void missingReturnsListTargetsWithoutAValuePerLeadPartnership() {
        String lead = Fixtures.partnership("Returns LSP " + Fixtures.unique());
        String quarterly = Fixtures.indicator("higher", "quarterly");
        String annual = Fixtures.indicator("higher", "annual");
        String agreement = Fixtures.agreement("E10000011");
        String reported = Fixtures.target(agreement, quarterly, "E07000061", lead, 110, 120, 130);
        String missing = Fixtures.target(agreement, quarterly, "E07000062", lead, 110, 120, 130);
        String yearly = Fixtures.target(agreement, annual, "E07000062", lead, 110, 120, 130);
        Fixtures.value(quarterly, "E07000061", "2009-10-Q2", 115);

        given().queryParam("period", "2009-10-Q2").get("/returns/missing").then().statusCode(200)
                .body("partnerships.find { it.partnership_id == '" + lead + "' }.targets.target_id",
                        equalTo(List.of(missing)))
                .body("partnerships.find { it.partnership_id == '" + lead + "' }.name", startsWith("Returns LSP"));
        given().queryParam("period", "2009-10").get("/returns/missing").then().statusCode(200)
                .body("partnerships.find { it.partnership_id == '" + lead + "' }.targets.target_id",
                        hasAll(reported, missing, yearly));
        given().queryParam("period", "2009-10-Q9").get("/returns/missing").then().statusCode(400)
                .body("detail", containsString("2009-10-Q1"));
        given().get("/returns/missing").then().statusCode(400).body("field", equalTo("period"));
    }

    @Test
    void scorecardsComeAsJsonAndCsv() {
        String lead = Fixtures.partnership("Scorecard LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("lower", "annual");
        String agreement = Fixtures.agreement("E10000011");
        Fixtures.target(agreement, indicator, "E07000064", lead, 90, 80, 70);
        Fixtures.target(agreement, indicator, "E07000065", lead, 90, 80, 70);
        Fixtures.value(indicator, "E07000064", "2009-10", 95);

        given().queryParam("by", "partnership").queryParam("lead_partnership_id", lead).get("/scorecards")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("groups.size()", equalTo(1)).body("groups[0].key", equalTo(lead))
                .body("groups[0].red", equalTo(1)).body("groups[0].no_data", equalTo(1))
                .body("groups[0].targets.rag", hasItem("red"));
        String csv = given().queryParam("by", "area").queryParam("lead_partnership_id", lead).accept("text/csv")
                .get("/scorecards").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0], startsWith("group,group_name,target_id,title"));
        assertEquals(3, lines.length);
        assertThat(lines[1], containsString("E07000064"));
        assertThat(lines[1], containsString(",red,"));
        given().queryParam("by", "colour").get("/scorecards").then().statusCode(400).body("field", equalTo("by"));
    }

    @Test
    void eachTargetHasAStandaloneSvgChart() throws Exception {
        String lead = Fixtures.partnership("Chart LSP " + Fixtures.unique());
        String indicator = Fixtures.indicator("higher", "quarterly");
        String target = Fixtures.target(Fixtures.agreement("E10000011"), indicator, "E07000061", lead, 110, 120, 130);
        Fixtures.value(indicator, "E07000061", "2008-09-Q4", 108);
        Fixtures.value(indicator, "E07000061", "2009-10-Q1", 100);
        String svg = given().get("/targets/" + target + "/chart.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        assertThat(svg, containsString("target 2010-11: 130"));
        assertThat(svg, containsString("RED · 2009-10-Q1"));
        assertThat(svg, not(containsString("NaN")));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> hasAll(String... ids) {
        return org.hamcrest.Matchers.containsInAnyOrder(ids);
    }
}
