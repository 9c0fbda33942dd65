package org.partnershiphub.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.notification.Await;
import org.partnershiphub.notification.TestEvents;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Atom and JSON Feed with the subscription filters, stable ids, and ETag/304. */
@QuarkusTest
class FeedTest {

    @Test
    void feedsFilterLikeItemsCarryStableIdsAndAnswer304WhenUnchanged() {
        String partnership = UUID.randomUUID().toString();
        TestEvents.publish("case-study.published", partnership);
        Await.until("the item is in the feed", () -> given().queryParam("partnerships", partnership)
                .get("/feeds/items.json").then().extract().jsonPath().getList("items").size() == 1);

        String itemId = given().queryParam("partnerships", partnership).get("/items").then().extract().path("contents[0].id");
        String etag = given().queryParam("partnerships", partnership).when().get("/feeds/items.json")
                .then().statusCode(200).contentType(containsString("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items", hasSize(1)).body("items[0].id", equalTo(itemId))
                .body("items[0].title", equalTo("Case study: Community safety priorities for Wealden 2027"))
                .extract().header("ETag");
        given().queryParam("partnerships", partnership).header("If-None-Match", etag).when().get("/feeds/items.json")
                .then().statusCode(304);

        String atomTag = given().queryParam("partnerships", partnership).when().get("/feeds/items.atom")
                .then().statusCode(200).contentType(containsString("application/atom+xml"))
                .body(containsString("<id>urn:uuid:" + itemId + "</id>"))
                .body(containsString("<category term=\"case-study.published\"/>"))
                .extract().header("ETag");
        given().queryParam("partnerships", partnership).header("If-None-Match", atomTag).when().get("/feeds/items.atom")
                .then().statusCode(304);

        TestEvents.publish("meeting.scheduled", partnership);
        Await.until("the new item changes the feed", () -> given().queryParam("partnerships", partnership)
                .header("If-None-Match", etag).get("/feeds/items.json").then().extract().statusCode() == 200);
        String newTag = given().queryParam("partnerships", partnership).get("/feeds/items.json").then().extract().header("ETag");
        assertNotEquals(etag, newTag);
        assertEquals(itemId, given().queryParam("partnerships", partnership).queryParam("kinds", "case-study.published")
                .get("/feeds/items.json").then().extract().path("items[0].id"), "ids are stable");
        given().queryParam("themes", "nonsense").get("/feeds/items.atom").then().statusCode(422)
                .body("field", equalTo("themes"));
    }
}
