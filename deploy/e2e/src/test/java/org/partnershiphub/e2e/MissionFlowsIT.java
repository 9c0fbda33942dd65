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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
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
    static final String LEWES_MONTHLY = "lewes-monthly@example.org";
    static final String OUTCOMES_MONTHLY = "outcomes-monthly@example.org";
    static final int CROWD = 24;
    static final String NEW_PARTNERSHIP = "New partnership: Lewes District Safer Communities Partnership";
    static final String CONSULTATION = "Lewes safer streets consultation";

    String partnershipId;
    String targetId;

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

        List<ReceivedMail> alerts = hub.awaitMailMentioning(DISTRICT_READER,
                NEW_PARTNERSHIP);
        assertEquals(1, alerts.size(), "one alert for the new partnership");
        await().atMost(Duration.ofSeconds(60)).until(() -> !webhookPostsAbout(partnershipId).isEmpty());
        WebhookReceiver.Received post = webhookPostsAbout(partnershipId).get(0);
        assertEquals("sha256=" + WebhookReceiver.hmacSha256Hex(WEBHOOK_SECRET, post.body()),
                post.header("X-Hub-Signature-256"));
    }

    @Test
    @Order(2)
    void aFeedThatTurnsTheTargetRedShowsInTheDirectoryAndReachesThemeSubscribers() {
        hub.ensure("performance-officer", "performance", "/indicators", Map.of("code", "NI 15",
                "title", "Serious violent crime rate", "unit", "crimes per 1,000 population", "polarity", "lower",
                "frequency", "quarterly", "source", "Police recorded crime (illustrative)"));
        String agreement = hub.as("performance-officer", "performance")
                .body(Map.of("name", "East Sussex LAA 2008-11", "area", COUNTY, "first_year", "2008-09",
                        "last_year", "2010-11", "accountable_body", "East Sussex County Council"))
                .post("/agreements").then().statusCode(201).extract().path("id");
        targetId = hub.as("performance-officer", "performance")
                .body(Map.of("agreement_id", agreement, "indicator_code", "NI 15", "area", LEWES,
                        "lead_partnership_id", partnershipId, "theme", "community-safety",
                        "baseline_value", 1.0, "baseline_period", "2007-08",
                        "targets", Map.of("2008-09", 0.9, "2009-10", 0.8, "2010-11", 0.7), "amber_tolerance", 5))
                .post("/targets").then().statusCode(201).extract().path("id");

        JsonPath summary = hub.as("performance-officer", "performance").contentType("text/csv")
                .body("indicator_code,area,period,value,status,note\n"
                        + "NI 15,E07000063,2009-10-Q2,1.6,provisional,Quarter 2 return\n")
                .post("/feeds").then().statusCode(200).extract().jsonPath();
        assertEquals(1, summary.getInt("imported"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                hub.anonymous("directory").get("/partnerships/" + partnershipId + "/accountabilities")
                        .then().statusCode(200)
                        .body("find { it.target_id == '" + targetId + "' }.status", equalTo("red"))
                        .body("find { it.target_id == '" + targetId + "' }.role", equalTo("lead")));
        List<ReceivedMail> alerts = hub.awaitMailMentioning(SAFETY_READER, "Target now red: NI 15");
        assertEquals(1, alerts.size());
        assertTrue(hub.mailTo(SAFETY_READER).stream().noneMatch(m -> m.text().contains("New partnership")),
                "the theme subscriber asked only for status changes");
    }

    @Test
    @Order(3)
    void aClashingConsultationIsReportedAndItsOutcomeIsChasedThenPublished() {
        java.time.Instant now = java.time.Instant.now();
        String existing = hub.as("engagement-officer", "engagement")
                .body(engagement("Lewes community safety survey", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))))
                .post("/engagements").then().statusCode(201).extract().path("id");
        hub.as("engagement-officer", "engagement").body(Map.of("status", "open"))
                .post("/engagements/" + existing + "/status").then().statusCode(200);

        String clashing = hub.as("engagement-officer", "engagement")
                .body(engagement(CONSULTATION, now.minus(Duration.ofDays(200)), now.plus(Duration.ofDays(30))))
                .post("/engagements").then().statusCode(201).extract().path("id");
        hub.as("engagement-officer", "engagement").body(Map.of("status", "open"))
                .post("/engagements/" + clashing + "/status")
                .then().statusCode(200).body("clash_warnings.engagement_id", hasItem(existing));
        hub.anonymous("engagement").get("/engagements/" + clashing + "/clashes")
                .then().statusCode(200).body("engagement_id", hasItem(existing));

        hub.as("engagement-officer", "engagement")
                .body(Map.of("status", "closed", "closed_on", LocalDate.now().minusDays(100).toString()))
                .post("/engagements/" + clashing + "/status").then().statusCode(200);
        awaitItem("outcome.overdue", "Outcome overdue: " + CONSULTATION);

        hub.as("engagement-officer", "engagement")
                .body(Map.of("we_asked", List.of("What would make your street feel safer?"),
                        "you_said", List.of("Better lighting on the Phoenix estate footpaths"),
                        "we_did", List.of(Map.of("action", "Six new street lights funded", "owner",
                                "Lewes District Safer Communities Partnership", "due", LocalDate.now().plusMonths(2).toString())),
                        "target_ids", List.of(targetId)))
                .put("/engagements/" + clashing + "/outcome").then().statusCode(200);
        hub.as("engagement-officer", "engagement").body(Map.of())
                .post("/engagements/" + clashing + "/outcome/publish").then().statusCode(200);
        hub.anonymous("engagement").get("/engagements/" + clashing)
                .then().statusCode(200).body("status", equalTo("outcome-published"));
        awaitItem("outcome.published", "Outcome published: " + CONSULTATION);
    }

    /**
     * Flows 4 and 6: the editor sends the month's edition; the sender is killed (SIGKILL) while the emails go
     * out and restarted, and still every monthly subscriber ends with exactly one copy.
     */
    @Test
    @Order(4)
    void theMonthsEditionReachesEveryMonthlySubscriberExactlyOnceThoughTheSenderIsKilled() {
        hub.subscribe(LEWES_MONTHLY, Map.of("frequency", "monthly", "areas", List.of(LEWES)));
        hub.subscribe(OUTCOMES_MONTHLY, Map.of("frequency", "monthly", "kinds", List.of("outcome.published")));
        List<String> crowd = IntStream.range(0, CROWD).mapToObj(i -> "county-reader-" + i + "@example.org").toList();
        hub.subscribeAll(crowd, Map.of("frequency", "monthly", "areas", List.of(COUNTY)));

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonPath draft = hub.as("bulletin-editor", "notification").get("/editions/month/" + month)
                .then().statusCode(200).extract().jsonPath();
        String editionId = draft.getString("id");
        List<String> titles = draft.getList("items.title");
        for (String title : List.of(NEW_PARTNERSHIP, "Outcome overdue: " + CONSULTATION, "Outcome published: " + CONSULTATION)) {
            assertEquals(1, Collections.frequency(titles, title), title + " once in " + titles);
        }
        assertEquals(1, titles.stream().filter(t -> t.startsWith("Target now red: NI 15")).count(), titles.toString());

        hub.as("bulletin-editor", "notification").body(Map.of("editorial", "Welcome to this month's e-News."))
                .patch("/editions/" + editionId).then().statusCode(200);
        String subject = hub.as("bulletin-editor", "notification").post("/editions/" + editionId + "/approval")
                .then().statusCode(200).body("status", equalTo("approved")).extract().path("title");
        hub.as("bulletin-editor", "notification").body(Map.of()).post("/editions/" + editionId + "/sending")
                .then().statusCode(202);

        // Killed between two emails, as a crash mid-edition usually falls: sends are throttled to 2 a second,
        // so 200 ms after one arrives the sender has recorded it and the next has not started. (A kill in the
        // milliseconds between the SMTP server accepting an email and its "sent" commit would repeat that one
        // email: delivery is at least once at that single point.)
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10))
                .until(() -> editionsReceived(crowd, subject) >= 6);
        Hub.sleep(Duration.ofMillis(200));
        hub.system.service("notification").kill();
        long beforeRestart = editionsReceived(crowd, subject);
        assertTrue(beforeRestart < crowd.size(), "killed midway: " + beforeRestart + " of " + crowd.size() + " sent");
        hub.system.service("notification").start().awaitReady(Duration.ofSeconds(120));

        List<String> everyone = new ArrayList<>(crowd);
        everyone.addAll(List.of(LEWES_MONTHLY, OUTCOMES_MONTHLY));
        await().atMost(Duration.ofSeconds(120)).until(() -> editionsReceived(everyone, subject) == everyone.size());
        Hub.sleep(Duration.ofSeconds(5)); // anything still to come would be a duplicate
        for (String reader : everyone) {
            assertEquals(1, editions(reader, subject).size(), reader + " gets one copy");
        }
        String lewes = editions(LEWES_MONTHLY, subject).get(0).text();
        assertTrue(lewes.contains(NEW_PARTNERSHIP) && lewes.contains("Outcome published: " + CONSULTATION)
                && lewes.contains("Welcome to this month's e-News."), lewes);
        String outcomesOnly = editions(OUTCOMES_MONTHLY, subject).get(0).text();
        assertTrue(outcomesOnly.contains("Outcome published: " + CONSULTATION), outcomesOnly);
        assertTrue(!outcomesOnly.contains(NEW_PARTNERSHIP) && !outcomesOnly.contains("Target now red"), outcomesOnly);

        hub.anonymous("notification").get("/editions").then().statusCode(200)
                .body("contents.find { it.id == '" + editionId + "' }.status", equalTo("sent"));
        hub.anonymous("notification").accept("text/html").get("/e-news/editions/" + editionId)
                .then().statusCode(200).body(containsString("Outcome published: " + CONSULTATION));
        hub.anonymous("notification").accept("application/atom+xml").get("/feeds/editions.atom")
                .then().statusCode(200).body(containsString("urn:uuid:" + editionId));
    }

    long editionsReceived(List<String> readers, String subject) {
        return readers.stream().filter(r -> !editions(r, subject).isEmpty()).count();
    }

    List<ReceivedMail> editions(String reader, String subject) {
        return hub.mailTo(reader).stream().filter(m -> subject.equals(m.subject())).toList();
    }

    Map<String, Object> engagement(String title, java.time.Instant start, java.time.Instant end) {
        return Map.of("kind", "consultation", "title", title,
                "summary", "Tell us where you feel unsafe and what would help",
                "partnership_ids", List.of(partnershipId), "themes", List.of("community-safety"),
                "areas", List.of(LEWES), "audiences", List.of("older-people"),
                "starts_at", start.toString(), "ends_at", end.toString());
    }

    void awaitItem(String kind, String title) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                hub.anonymous("notification").queryParam("kinds", kind).queryParam("per_page", 100).get("/items")
                        .then().statusCode(200).body("contents.title", hasItem(title)));
    }

    List<WebhookReceiver.Received> webhookPostsAbout(String id) {
        return webhook.posts().stream().filter(p -> p.text().contains(id)).toList();
    }
}
