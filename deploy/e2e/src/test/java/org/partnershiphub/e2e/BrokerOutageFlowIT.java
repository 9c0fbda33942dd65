package org.partnershiphub.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Flow 5: the broker is down while a partnership is registered in Rother and again while the LAA team loads
 * the feed that turns its target red. Every write is accepted; once Kafka is back the system reaches the
 * same state as without the outage, and nobody gets an email or webhook twice.
 */
class BrokerOutageFlowIT {

    static final String COUNTY = "E10000011";
    static final String ROTHER = "E07000064";
    static final String NAME = "Rother Homes and Neighbourhoods Partnership";
    static final String SECRET = "rother-intranet-secret-0123456789";

    final Hub hub = new Hub();

    @Test
    void nothingIsLostAndNothingIsSentTwiceWhenKafkaIsDownDuringRegistrationAndImport() {
        hub.ensure("directory-editor", "directory", "/areas", Map.of("code", COUNTY, "name", "East Sussex", "type", "county"));
        hub.ensure("directory-editor", "directory", "/areas",
                Map.of("code", ROTHER, "name", "Rother", "type", "district", "parent_code", COUNTY));
        hub.subscribe("rother-reader@example.org", Map.of("frequency", "immediate", "areas", List.of(ROTHER)));
        hub.subscribe("housing-reader@example.org", Map.of("frequency", "immediate", "themes", List.of("housing"),
                "kinds", List.of("target.status-changed")));
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            hub.as("bulletin-editor", "notification")
                    .body(Map.of("url", webhook.url(), "secret", SECRET, "areas", List.of(ROTHER)))
                    .post("/webhooks").then().statusCode(201);

            hub.system.stopKafka();
            String partnership = hub.as("directory-editor", "directory")
                    .body(Map.of("name", NAME, "type", "thematic-partnership", "areas", List.of(ROTHER),
                            "themes", List.of("housing")))
                    .post("/partnerships").then().statusCode(201).extract().path("id");
            String post = hub.as("directory-editor", "directory").body(Map.of("title", "Chair", "sector", "voluntary-community"))
                    .post("/partnerships/" + partnership + "/posts").then().statusCode(201).extract().path("id");
            String chair = hub.as("directory-editor", "directory")
                    .body(Map.of("name", "Jo Placeholder", "public_role", "Chair, Homes and Neighbourhoods Partnership"))
                    .post("/people").then().statusCode(201).extract().path("id");
            hub.as("directory-editor", "directory")
                    .body(Map.of("person_id", chair, "partnership_id", partnership, "post_id", post, "role", "chair",
                            "starts_on", "2026-10-01"))
                    .post("/memberships").then().statusCode(201);
            hub.anonymous("directory").queryParam("area", ROTHER).get("/partnerships")
                    .then().statusCode(200).body("contents.id", hasItem(partnership));
            hub.system.startKafka();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    hub.anonymous("performance").get("/partnerships/" + partnership).then().statusCode(200));
            hub.ensure("performance-officer", "performance", "/indicators", Map.of("code", "NI 154",
                    "title", "Net additional homes provided", "unit", "dwellings", "polarity", "higher",
                    "frequency", "annual", "source", "Housing flows (illustrative)"));
            String agreement = hub.as("performance-officer", "performance")
                    .body(Map.of("name", "Rother LAA targets", "area", ROTHER, "first_year", "2008-09",
                            "last_year", "2010-11", "accountable_body", "East Sussex County Council"))
                    .post("/agreements").then().statusCode(201).extract().path("id");
            String target = hub.as("performance-officer", "performance")
                    .body(Map.of("agreement_id", agreement, "indicator_code", "NI 154", "area", ROTHER,
                            "lead_partnership_id", partnership, "theme", "housing", "baseline_value", 300,
                            "baseline_period", "2007-08", "targets", Map.of("2008-09", 320, "2009-10", 340, "2010-11", 360)))
                    .post("/targets").then().statusCode(201).extract().path("id");

            hub.system.stopKafka();
            hub.as("performance-officer", "performance").contentType("text/csv")
                    .body("indicator_code,area,period,value,status,note\nNI 154,E07000064,2008-09,150,final,Annual return\n")
                    .post("/feeds").then().statusCode(200).body("imported", equalTo(1));
            hub.system.startKafka();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    hub.anonymous("directory").get("/partnerships/" + partnership + "/accountabilities")
                            .then().statusCode(200)
                            .body("find { it.target_id == '" + target + "' }.status", equalTo("red")));
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    !hub.mailMentioning("rother-reader@example.org", "New partnership: " + NAME).isEmpty()
                            && !hub.mailMentioning("housing-reader@example.org", "Target now red: NI 154").isEmpty()
                            && webhook.posts().stream().anyMatch(p -> p.text().contains("New partnership: " + NAME)));
            Hub.sleep(Duration.ofSeconds(5)); // anything still to come would be a duplicate

            assertEquals(1, hub.mailMentioning("rother-reader@example.org", "New partnership: " + NAME).size());
            assertEquals(1, hub.mailMentioning("housing-reader@example.org", "Target now red: NI 154").size());
            List<WebhookReceiver.Received> posts = webhook.posts().stream()
                    .filter(p -> p.text().contains("New partnership: " + NAME)).toList();
            assertEquals(1, posts.size());
            assertEquals("sha256=" + WebhookReceiver.hmacSha256Hex(SECRET, posts.get(0).body()),
                    posts.get(0).header("X-Hub-Signature-256"));
        }
    }
}
