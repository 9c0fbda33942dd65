package org.partnershiphub.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnershiphub.local.MailServer.ReceivedMail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mission as one story in Lewes district: a partnership is registered, leads an LAA target that goes
 * red, consults the community, and the month's e-News reports all of it. Each step builds on the one
 * before, as the users' work does, so the steps run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MissionFlowsIT {

    static final String COUNTY = "E10000011";
    static final String LEWES = "E07000063";
    static final String DISTRICT_READER = "lewes-reader@example.org";
    static final String SAFETY_READER = "safety-reader@example.org";
    static final String WEBHOOK_SECRET = "lewes-intranet-secret-0123456789";

    final Hub hub = new Hub();
    final WebhookReceiver webhook = new WebhookReceiver();
    String partnershipId;

    @Test
    @Order(1)
    void aRegisteredPartnershipIsFoundByAreaAndThemeAndAcceptedEverywhere() {
        hub.ensure("directory-editor", "directory", "/areas",
                Map.of("code", COUNTY, "name", "East Sussex", "type", "county"));
        hub.ensure("directory-editor", "directory", "/areas",
                Map.of("code", LEWES, "name", "Lewes", "type", "district", "parent_code", COUNTY));
        hub.subscribe(DISTRICT_READER, Map.of("frequency", "immediate", "areas", List.of(LEWES)));
        hub.subscribe(SAFETY_READER, Map.of("frequency", "immediate", "themes", List.of("community-safety"),
                "kinds", List.of("target.status-changed")));
        hub.anonymous("notification").contentType(ContentType.JSON)
                .body(Map.of("url", webhook.url(), "secret", WEBHOOK_SECRET, "areas", List.of(LEWES)))
                .post("/webhooks").then().statusCode(201);

        partnershipId = hub.as("directory-editor", "directory")
                .body(Map.of("name", "Lewes District Safer Communities Partnership", "type", "thematic-partnership",
                        "statutory", true, "areas", List.of(LEWES), "themes", List.of("community-safety"),
                        "vision", "People in Lewes district feel safe where they live",
                        "contact_email", "safer.communities@lewes.example.gov.uk"))
                .post("/partnerships").then().statusCode(201).extract().path("id");
        String chairPost = hub.as("directory-editor", "directory")
                .body(Map.of("title", "Chair", "sector", "public"))
                .post("/partnerships/" + partnershipId + "/posts").then().statusCode(201).extract().path("id");
        String chair = hub.as("directory-editor", "directory")
                .body(Map.of("name", "Sam Placeholder", "public_role", "Chair, Safer Communities Partnership"))
                .post("/people").then().statusCode(201).extract().path("id");
        hub.as("directory-editor", "directory")
                .body(Map.of("person_id", chair, "partnership_id", partnershipId, "post_id", chairPost,
                        "role", "chair", "starts_on", LocalDate.now().minusMonths(1).toString()))
                .post("/memberships").then().statusCode(201);

        hub.anonymous("directory").queryParam("area", LEWES).queryParam("theme", "community-safety")
                .get("/partnerships").then().statusCode(200).body("contents.id", hasItem(partnershipId));
        hub.anonymous("directory").queryParam("area", COUNTY).queryParam("include_sub_areas", true)
                .get("/partnerships").then().statusCode(200).body("contents.id", hasItem(partnershipId));
        hub.anonymous("directory").get("/partnerships/" + partnershipId + "/representation")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                hub.anonymous("performance").get("/partnerships/" + partnershipId).then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                hub.anonymous("engagement").get("/known/partnerships/" + partnershipId).then().statusCode(200));

        List<ReceivedMail> alerts = awaitMailMentioning(DISTRICT_READER, "Lewes District Safer Communities Partnership");
        assertEquals(1, alerts.size(), "one alert for the new partnership");
        await().atMost(Duration.ofSeconds(60)).until(() -> !webhookPostsAbout(partnershipId).isEmpty());
        WebhookReceiver.Received post = webhookPostsAbout(partnershipId).get(0);
        assertEquals("sha256=" + WebhookReceiver.hmacSha256Hex(WEBHOOK_SECRET, post.body()),
                post.header("X-Hub-Signature-256"));
    }

    List<ReceivedMail> awaitMailMentioning(String address, String text) {
        await().atMost(Duration.ofSeconds(90)).until(() -> !mailMentioning(address, text).isEmpty());
        return mailMentioning(address, text);
    }

    List<ReceivedMail> mailMentioning(String address, String text) {
        return hub.mailTo(address).stream().filter(m -> m.text() != null && m.text().contains(text)).toList();
    }

    List<WebhookReceiver.Received> webhookPostsAbout(String id) {
        return webhook.posts().stream().filter(p -> p.text().contains(id)).toList();
    }
}
