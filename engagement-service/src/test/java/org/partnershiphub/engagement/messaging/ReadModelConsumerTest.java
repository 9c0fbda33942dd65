package org.partnershiphub.engagement.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The sample events in src/test/resources/events/ (as directory-service and performance-service
 * publish them) are consumed through the real broker into the local partnership and target lists.
 */
@QuarkusTest
class ReadModelConsumerTest {

    @Test
    void theSamplePartnershipRegisteredEventIsKeptAsIs() {
        ObjectNode sample = Fixtures.sample("partnership.registered.json");
        String id = sample.get("id").asText();
        Fixtures.publish("directory.events", "partnership.registered", UUID.randomUUID().toString(), id, sample);
        Fixtures.awaitOk("/known/partnerships/" + id);
        given().when().get("/known/partnerships/" + id)
                .then().statusCode(200)
                .body("slug", equalTo("lewes-lsp"))
                .body("name", equalTo("Lewes District Strategic Partnership (Local Voices, Local Choices)"))
                .body("status", equalTo("active"))
                .body("areas", contains("E07000063"))
                .body("themes", contains("community-strength-leadership"));
    }

    @Test
    void theSampleTargetSetEventIsKeptAsIs() {
        ObjectNode sample = Fixtures.sample("target.set.json");
        String id = sample.get("id").asText();
        Fixtures.publish("performance.events", "target.set", UUID.randomUUID().toString(), id, sample);
        Fixtures.awaitOk("/known/targets/" + id);
        given().when().get("/known/targets/" + id)
                .then().statusCode(200)
                .body("title", equalTo("NI 4 % of people who feel they can influence decisions in their locality – Lewes"))
                .body("indicator_code", equalTo("NI 4"))
                .body("lead_partnership_id", equalTo("6a1d3c2e-0b7f-4d47-9a51-3f6c2e8b9d10"))
                .body("areas", contains("E07000063"));
    }

    @Test
    void theSampleAreaSavedEventBuildsTheAreaTree() {
        ObjectNode county = Fixtures.sample("area.saved.json");
        county.put("code", "E10000011").put("name", "East Sussex").put("type", "county").putNull("parent_code");
        Fixtures.publish("directory.events", "area.saved", UUID.randomUUID().toString(), "E10000011", county);
        ObjectNode sample = Fixtures.sample("area.saved.json");
        Fixtures.publish("directory.events", "area.saved", UUID.randomUUID().toString(), "E07000063", sample);
        Fixtures.awaitOk("/known/areas/E07000063");
        given().when().get("/known/areas/E07000063")
                .then().statusCode(200)
                .body("name", equalTo("Lewes"))
                .body("parent_code", equalTo("E10000011"))
                .body("ancestors", contains("E10000011"));
    }

    @Test
    void aRedeliveredEventChangesNothingAndLaterEventsApply() {
        UUID id = Fixtures.partnership("Rother Local Strategic Partnership");
        ObjectNode update = Fixtures.sample("partnership.registered.json");
        update.put("id", id.toString()).put("name", "Renamed");
        String eventId = UUID.randomUUID().toString();
        Fixtures.publish("directory.events", "partnership.updated", eventId, id.toString(), update);
        awaitName(id, "Renamed");

        // the same event id again, carrying different content: a redelivery, so it is skipped
        update.put("name", "Should not apply");
        Fixtures.publish("directory.events", "partnership.updated", eventId, id.toString(), update);
        // a later event on the same key proves the redelivery has been consumed (same partition, in order)
        update.put("name", "Dissolved Rother LSP").put("status", "dissolved");
        Fixtures.publish("directory.events", "partnership.dissolved", UUID.randomUUID().toString(), id.toString(), update);
        awaitName(id, "Dissolved Rother LSP");
        given().when().get("/known/partnerships/" + id).then().body("status", equalTo("dissolved"));
    }

    @Test
    void eventTypesThisServiceDoesNotUseAreSkippedAndTheRestFlowOn() {
        UUID meeting = UUID.randomUUID();
        Fixtures.publish("directory.events", "meeting.scheduled", UUID.randomUUID().toString(), meeting.toString(),
                java.util.Map.of("id", meeting.toString(), "title", "Board meeting"));
        UUID next = Fixtures.partnership("Wealden Local Strategic Partnership");
        given().when().get("/known/partnerships/" + next).then().statusCode(200);
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicAndTheRestFlowOn() {
        String key = UUID.randomUUID().toString();
        org.partnershiphub.local.TestKafka.send("directory.events", key, "{\"id\":\"" + key + "\"}", java.util.Map.of());
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> dead =
                org.partnershiphub.local.TestKafka.read("directory.events.dlq", r -> key.equals(r.key()), 1,
                        java.time.Duration.ofSeconds(60));
        org.junit.jupiter.api.Assertions.assertEquals(1, dead.size());
        UUID next = Fixtures.partnership("Eastbourne Strategic Partnership");
        given().when().get("/known/partnerships/" + next).then().statusCode(200);
    }

    private static void awaitName(UUID id, String name) {
        for (int i = 0; i < 150; i++) {
            if (name.equals(given().when().get("/known/partnerships/" + id).then().extract().path("name"))) {
                return;
            }
            Fixtures.sleep(200);
        }
        throw new AssertionError("partnership " + id + " never got the name " + name);
    }
}
