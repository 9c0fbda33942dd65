package org.partnershiphub.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.partnershiphub.notification.Await;
import org.partnershiphub.notification.TestEvents;
import org.partnershiphub.notification.TestInbox;
import org.partnershiphub.notification.TestSubscribers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monthly e-News: drafted from the month's items, edited, approved and sent to matching monthly subscribers. */
@QuarkusTest
class EditionFlowTest {

    @Test
    void draftEditApproveAndSendToEachMonthlySubscriberTheirMatchingItems() {
        // a month of its own, far ahead, so that no other test's items land in this edition
        String month = (2100 + ThreadLocalRandom.current().nextInt(800)) + "-0" + (1 + ThreadLocalRandom.current().nextInt(9));
        String partnership = UUID.randomUUID().toString();
        String meetingsOnly = TestSubscribers.address();
        String everything = TestSubscribers.address();
        String elsewhere = TestSubscribers.address();
        TestSubscribers.imported(meetingsOnly, "monthly",
                Map.of("partnerships", List.of(partnership), "kinds", List.of("meeting.scheduled")));
        TestSubscribers.importedFor(everything, "monthly", partnership);
        String elsewhereId = TestSubscribers.importedFor(elsewhere, "monthly", UUID.randomUUID().toString());
        String at = month + "-15T10:00:00Z";
        TestEvents.publish("meeting.scheduled", partnership, at);
        TestEvents.publish("target.set", partnership, at);
        TestEvents.publish("consultation.opened", partnership, at);

        String editor = TestSubscribers.editor();
        Await.until("the draft holds the month's three items", () -> given().header("Authorization", editor)
                .get("/editions/month/" + month).then().extract().statusCode() == 200
                && given().header("Authorization", editor).get("/editions/month/" + month).then().extract()
                .jsonPath().getList("items").size() == 3);
        Map<String, Object> draft = given().header("Authorization", editor).get("/editions/month/" + month)
                .then().statusCode(200).body("status", equalTo("draft")).extract().jsonPath().getMap("");
        String id = (String) draft.get("id");
        List<String> itemIds = ((List<Map<String, Object>>) draft.get("items")).stream().map(i -> (String) i.get("id")).toList();
        String meeting = idOfKind(draft, "meeting.scheduled");
        String consultation = idOfKind(draft, "consultation.opened");
        assertEquals(3, itemIds.size());
        given().when().get("/editions/" + id).then().statusCode(404); // drafts are not public

        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("editorial", "Welcome to this month's e-News.", "items", List.of(consultation, meeting)))
                .when().patch("/editions/" + id)
                .then().statusCode(200).body("items.id", equalTo(List.of(consultation, meeting)));
        given().header("Authorization", editor).accept("text/html").when().get("/editions/" + id + "/preview")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Welcome to this month&#39;s e-News.")).body(containsString("Consultation open"));
        given().header("Authorization", editor).accept("text/plain").when().get("/editions/" + id + "/preview")
                .then().statusCode(200).body(containsString("* Meeting scheduled"));
        given().header("Authorization", editor).accept("application/json").when().get("/editions/" + id + "/preview")
                .then().statusCode(200).body("editorial", equalTo("Welcome to this month's e-News."));

        given().header("Authorization", editor).contentType(ContentType.JSON).body("{}")
                .when().post("/editions/" + id + "/sending").then().statusCode(409);
        given().header("Authorization", TestSubscribers.editor()).when().post("/editions/" + id + "/approval")
                .then().statusCode(200).body("status", equalTo("approved"));
        given().header("Authorization", editor).contentType(ContentType.JSON).body("{}")
                .when().post("/editions/" + id + "/sending").then().statusCode(202);

        TestInbox.Mail toMeetings = TestInbox.awaitSubject(meetingsOnly, "ESSP e-News");
        TestInbox.Mail toAll = TestInbox.awaitSubject(everything, "ESSP e-News");
        assertTrue(toMeetings.text().contains("Welcome to this month's e-News."));
        assertTrue(toMeetings.text().contains("Meeting scheduled"));
        assertFalse(toMeetings.text().contains("Consultation open"), "only items matching the subscriber's criteria");
        assertTrue(toAll.text().indexOf("Consultation open") < toAll.text().indexOf("Meeting scheduled"), "editor's order");
        assertFalse(toAll.text().contains("New target"), "the removed item is not sent");
        Await.until("both emails recorded as sent", () -> given().header("Authorization", editor)
                .get("/editions/" + id + "/deliveries").then().extract().jsonPath().getInt("sent") >= 2);
        given().header("Authorization", editor).when().get("/subscribers/" + elsewhereId + "/deliveries")
                .then().statusCode(200).body("total_items", equalTo(0));

        given().when().get("/editions/" + id).then().statusCode(200).body("status", equalTo("sent"));
        given().queryParam("per_page", 100).when().get("/editions").then().statusCode(200).body("contents.id", hasItem(id));
        given().accept("text/html").when().get("/e-news/editions/" + id).then().statusCode(200)
                .body(containsString("Welcome to this month"));
        String feed = given().when().get("/feeds/editions.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<id>urn:uuid:" + id + "</id>"))
                .body(containsString("/e-news/editions/" + id + "\""))
                .extract().header("ETag");
        given().header("If-None-Match", feed).when().get("/feeds/editions.atom").then().statusCode(304);
        given().header("Authorization", editor).contentType(ContentType.JSON).body(Map.of("editorial", "late"))
                .when().patch("/editions/" + id).then().statusCode(409);
    }

    @Test
    void theNextEditionDraftIsPublicJson() {
        given().when().get("/editions/next").then().statusCode(200).body("status", equalTo("draft"))
                .body("month", equalTo(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString()));
    }

    @Test
    void editingNeedsTheBulletinEditorRole() {
        given().contentType(ContentType.JSON).body("{}").when().patch("/editions/" + UUID.randomUUID()).then().statusCode(401);
        given().header("Authorization", org.partnershiphub.local.TestStack.get().bearer("engagement-officer"))
                .when().post("/editions/" + UUID.randomUUID() + "/approval").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static String idOfKind(Map<String, Object> edition, String kind) {
        return ((List<Map<String, Object>>) edition.get("items")).stream().filter(i -> kind.equals(i.get("kind")))
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();
    }
}
