package org.partnershiphub.performance.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.performance.support.Fixtures;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The local partnership list follows directory.events, using the sample events kept in src/test/resources/events. */
@QuarkusTest
class DirectoryEventsTest {

    private static final String SAMPLE_ID = "5b0c6a9e-3f7d-4c1e-9a51-2f8e7c4d1a10";

    @Test
    void theSamplePartnershipRegisteredEventIsReadAsPublished() {
        String ceId = UUID.randomUUID().toString();
        send(ceId, "partnership.registered", Fixtures.resource("/events/partnership.registered.json"));
        Fixtures.await("sample partnership", () -> given().get("/partnerships/" + SAMPLE_ID).statusCode() == 200);
        given().get("/partnerships/" + SAMPLE_ID).then().statusCode(200)
                .body("name", equalTo("Lewes District Strategic Partnership (Local Voices, Local Choices)"))
                .body("slug", equalTo("lewes-lsp")).body("status", equalTo("active"))
                .body("areas", contains("E07000063")).body("themes", contains("housing", "community-safety"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndLaterUpdatesWin() {
        String id = UUID.randomUUID().toString();
        String registered = Fixtures.resource("/events/partnership.registered.json").replace(SAMPLE_ID, id)
                .replace("Lewes District Strategic Partnership (Local Voices, Local Choices)", "Rother LSP");
        String ceId = UUID.randomUUID().toString();
        send(ceId, "partnership.registered", registered);
        Fixtures.await("registered", () -> given().get("/partnerships/" + id).statusCode() == 200);

        // the same ce_id again, even with other content, changes nothing
        send(ceId, "partnership.registered", registered.replace("Rother LSP", "Changed by a repeat"));
        String dissolved = registered.replace("\"active\"", "\"dissolved\"").replace("Rother LSP", "Rother LSP (dissolved)");
        send(UUID.randomUUID().toString(), "partnership.dissolved", dissolved);
        Fixtures.await("dissolved", () -> "dissolved".equals(given().get("/partnerships/" + id).path("status")));
        given().get("/partnerships/" + id).then().body("name", equalTo("Rother LSP (dissolved)"));
    }

    @Test
    void theSampleAreaSavedEventNamesTheArea() {
        String code = "E0799" + (int) (Math.random() * 9000 + 1000);
        send(UUID.randomUUID().toString(), "area.saved",
                Fixtures.resource("/events/area.saved.json").replace("E07000063", code).replace("\"Lewes\"", "\"Testshire\""));
        // a partnership sent after it on the same key (so the same partition) is applied after it
        String lead = UUID.randomUUID().toString();
        send(UUID.randomUUID().toString(), "partnership.registered",
                Fixtures.resource("/events/partnership.registered.json").replace(SAMPLE_ID, lead));
        Fixtures.await("partnership after the area", () -> given().get("/partnerships/" + lead).statusCode() == 200);

        String target = Fixtures.target(Fixtures.agreement("E10000011"), Fixtures.indicator("higher", "annual"), code, lead,
                110, 120, 130);
        given().get("/targets/" + target).then().body("title", org.hamcrest.Matchers.endsWith("– Testshire"));
    }

    @Test
    void unknownEventTypesAreSkipped() {
        send(UUID.randomUUID().toString(), "meeting.scheduled", "{\"id\":\"" + UUID.randomUUID() + "\"}");
        // the consumer goes on: a partnership announced after it is still taken in
        Fixtures.partnership("After an unknown event " + Fixtures.unique());
    }

    private static void send(String ceId, String type, String payload) {
        TestKafka.send("directory.events", SAMPLE_ID, payload, Map.of("ce_id", ceId, "ce_type", type,
                "ce_source", "/directory-service", "ce_specversion", "1.0"));
    }
}
