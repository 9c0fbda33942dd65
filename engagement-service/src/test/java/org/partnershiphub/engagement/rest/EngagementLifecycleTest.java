package org.partnershiphub.engagement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;
import org.partnershiphub.local.TestStack;

import java.time.Instant;
import java.time.LocalDate;
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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Recording engagements and moving them through planned → open → closed, and what is refused. */
@QuarkusTest
class EngagementLifecycleTest {

    private static final String PROBLEM = "application/problem+json";
    private static UUID lewes;

    @BeforeEach
    void partnership() {
        if (lewes == null) {
            lewes = Fixtures.partnership("Lewes District Strategic Partnership");
        }
    }

    private static Map<String, Object> consultation(String title) {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        return Fixtures.engagement(lewes, "consultation", title, Fixtures.uniqueArea(), start, start.plus(60, ChronoUnit.DAYS));
    }

    @Test
    void anEngagementStartsPlannedAndNamesWhoRecordedIt() {
        String id = Fixtures.create(consultation("Sustainable Community Strategy"));
        given().when().get("/engagements/" + id)
                .then().statusCode(200)
                .body("status", equalTo("planned"))
                .body("kind", equalTo("consultation"))
                .body("allowed_transitions", contains("open", "cancelled"))
                .body("partnerships[0].id", equalTo(lewes.toString()))
                .body("partnerships[0].name", equalTo("Lewes District Strategic Partnership"))
                .body("status_history", hasSize(1))
                .body("status_history[0].from", nullValue())
                .body("status_history[0].to", equalTo("planned"))
                .body("status_history[0].by", equalTo("test-user"))
                .body("status_history[0].at", notNullValue());
    }

    @Test
    void openThenCloseSetsTheFeedbackDueDateNinetyDaysOn() {
        String id = Fixtures.create(consultation("Local Voices, Local Choices"));
        Fixtures.move(id, "open");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("status", "closed", "note", "Closed after 12 weeks", "closed_on", "2026-01-10"))
                .when().post("/engagements/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("closed_on", equalTo("2026-01-10"))
                .body("feedback_due_on", equalTo(LocalDate.parse("2026-01-10").plusDays(90).toString()))
                .body("allowed_transitions", contains("outcome-published"));
        given().when().get("/engagements/" + id + "/history")
                .then().statusCode(200)
                .body("to", contains("planned", "open", "closed"))
                .body("from", contains(null, "planned", "open"))
                .body("[2].note", equalTo("Closed after 12 weeks"))
                .body("by", contains("test-user", "test-user", "test-user"));
    }

    @Test
    void plannedOrOpenEngagementsCanBeCancelledAndThenGoNowhere() {
        String planned = Fixtures.create(consultation("Cancelled while planned"));
        Fixtures.move(planned, "cancelled");
        String open = Fixtures.create(consultation("Cancelled while open"));
        Fixtures.move(open, "open");
        Fixtures.move(open, "cancelled");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("status", "open"))
                .when().post("/engagements/" + open + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("current_status", equalTo("cancelled"))
                .body("allowed_transitions", empty());
    }

    @Test
    void anIllegalTransitionIs409SayingWhichAreAllowedAndChangesNothing() {
        String id = Fixtures.create(consultation("Dynamics of Place"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("status", "closed"))
                .when().post("/engagements/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Transition not allowed"))
                .body("detail", containsString("open or cancelled"))
                .body("current_status", equalTo("planned"))
                .body("allowed_transitions", contains("open", "cancelled"));
        given().when().get("/engagements/" + id).then().body("status", equalTo("planned")).body("status_history", hasSize(1));
    }

    @Test
    void outcomePublishedIsReachedOnlyByPublishingTheOutcome() {
        String id = Fixtures.create(consultation("Skipping to the end"));
        Fixtures.move(id, "open");
        Fixtures.move(id, "closed");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("status", "outcome-published"))
                .when().post("/engagements/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("/outcome/publish"))
                .body("allowed_transitions", contains("outcome-published"));
    }

    @Test
    void unknownStatusIs422() {
        String id = Fixtures.create(consultation("Unknown status"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("status", "archived"))
                .when().post("/engagements/" + id + "/status")
                .then().statusCode(422).contentType(PROBLEM).body("field", equalTo("status"));
    }

    @Test
    void anUnknownOrganisingPartnershipIs422NamingTheFieldAndNothingIsWritten() {
        Map<String, Object> body = consultation("Organised by nobody " + UUID.randomUUID());
        body.put("partnership_ids", List.of(UUID.randomUUID().toString()));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/engagements")
                .then().statusCode(422).contentType(PROBLEM)
                .body("field", equalTo("partnership_ids"))
                .body("detail", containsString("directory"));
        given().when().get("/engagements?q=" + ((String) body.get("title")).split(" ")[3])
                .then().statusCode(200).body("total_items", equalTo(0));
    }

    @Test
    void unknownTargetThemeAudienceOrAreaAre422NamingTheField() {
        Map<String, Object> target = consultation("Bad target");
        target.put("target_ids", List.of(UUID.randomUUID().toString()));
        Map<String, Object> theme = consultation("Bad theme");
        theme.put("themes", List.of("weather"));
        Map<String, Object> audience = consultation("Bad audience");
        audience.put("audiences", List.of("everyone-we-know"));
        Map<String, Object> area = consultation("Bad area");
        area.put("areas", List.of("Lewes"));
        for (var c : List.of(Map.entry(target, "target_ids"), Map.entry(theme, "themes"), Map.entry(audience, "audiences"),
                Map.entry(area, "areas"))) {
            given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(c.getKey())
                    .when().post("/engagements")
                    .then().statusCode(422).contentType(PROBLEM).body("field", equalTo(c.getValue()));
        }
    }

    @Test
    void aKnownTargetCanBeLinked() {
        UUID target = Fixtures.target("NI 4 influence decisions – Lewes");
        String id = Fixtures.create(consultation("Linked to NI 4"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("target_ids", List.of(target.toString()), "themes", List.of("housing")))
                .when().put("/engagements/" + id + "/links")
                .then().statusCode(200)
                .body("targets[0].id", equalTo(target.toString()))
                .body("targets[0].name", equalTo("NI 4 influence decisions – Lewes"))
                .body("themes", contains("housing"));
    }

    @Test
    void missingFieldsAre400NamingThem() {
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "seance", "title", ""))
                .when().post("/engagements")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", org.hamcrest.Matchers.hasItems("title", "kind", "partnership_ids", "areas", "starts_at"));
    }

    @Test
    void endBeforeStartIs422() {
        Map<String, Object> body = consultation("Backwards");
        body.put("ends_at", "2000-01-01T00:00:00Z");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/engagements")
                .then().statusCode(422).body("field", equalTo("ends_at"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAre400SayingWhatIsWrong() {
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/engagements")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("line 1"));
        Map<String, Object> body = consultation("Extra field");
        body.put("organiser_email", "someone@example.org");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/engagements")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("organiser_email"));
    }

    @Test
    void writesNeedTheEngagementOfficerOrAdminRole() {
        given().contentType(ContentType.JSON).body(consultation("Anonymous"))
                .when().post("/engagements").then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", TestStack.get().bearer("directory-editor")).contentType(ContentType.JSON)
                .body(consultation("Wrong role")).when().post("/engagements").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestStack.get().bearer("admin")).contentType(ContentType.JSON)
                .body(consultation("Admin may")).when().post("/engagements").then().statusCode(201);
    }

    @Test
    void unknownEngagementIs404Problem() {
        given().when().get("/engagements/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("status", "open"))
                .when().post("/engagements/" + UUID.randomUUID() + "/status").then().statusCode(404).contentType(PROBLEM);
    }
}
