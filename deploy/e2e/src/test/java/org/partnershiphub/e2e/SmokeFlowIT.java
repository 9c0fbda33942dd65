package org.partnershiphub.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

class SmokeFlowIT {

    final HubSystem hub = HubSystem.get();

    @Test
    void aRegisteredPartnershipBecomesAnItem() {
        String slug = "smoke-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().baseUri(hub.url("directory"))
                .header("Authorization", hub.bearer("directory-editor"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Smoke Test Partnership\",\"type\":\"other\",\"slug\":\"" + slug + "\"}")
                .post("/partnerships")
                .then().statusCode(201)
                .extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(hub.url("notification")).queryParam("per_page", 100).get("/items")
                        .then().statusCode(200)
                        .body("contents.partnership_id", hasItem(id)));
    }
}
