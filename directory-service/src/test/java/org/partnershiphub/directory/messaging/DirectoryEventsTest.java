package org.partnershiphub.directory.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.rest.PartnershipRequest;
import org.partnershiphub.directory.service.PartnershipService;
import org.partnershiphub.directory.support.Fixtures;
import org.partnershiphub.local.KafkaBroker;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.local.TestStack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.membership;
import static org.partnershiphub.directory.support.Fixtures.organisation;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.person;

/** Every event the directory publishes, read back from the real broker. */
@QuarkusTest
class DirectoryEventsTest {

    private static final String TOPIC = "directory.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PartnershipService service;

    @Inject
    OutboxRelay relay;

    @Test
    void partnershipLifecycleEventsCarryTheContractFieldsAsCloudEvents() throws Exception {
        String county = area("county", null);
        String district = area("district", county);
        String parent = partnership(Map.of("type", "county-lsp", "areas", List.of(county)));
        String id = partnership(Map.of("name", "Lewes District Strategic Partnership", "type", "district-lsp",
                "parent_id", parent, "areas", List.of(district), "themes", List.of("housing", "community-safety"),
                "vision", "Local Voices, Local Choices"));
        Fixtures.put("/partnerships/" + id, Map.of("name", "Lewes District LSP", "type", "district-lsp",
                "parent_id", parent, "areas", List.of(district), "themes", List.of("housing"))).statusCode(200);
        Fixtures.post("/partnerships/" + id + "/dissolve", Map.of("dissolved_on", "2026-03-31")).statusCode(200);

        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(List.of("partnership.registered", "partnership.updated", "partnership.dissolved"),
                records.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        ConsumerRecord<String, String> registered = records.get(0);
        assertEquals("1.0", TestKafka.header(registered, "ce_specversion"));
        assertEquals("/directory-service", TestKafka.header(registered, "ce_source"));
        assertEquals(id, TestKafka.header(registered, "ce_subject"));
        assertNotNull(TestKafka.header(registered, "ce_id"));
        assertNotNull(TestKafka.header(registered, "ce_time"));
        JsonNode first = JSON.readTree(registered.value());
        assertEquals(id, first.get("id").asText());
        assertEquals("district-lsp", first.get("type").asText());
        assertEquals("active", first.get("status").asText());
        assertEquals(parent, first.get("parent_id").asText());
        assertTrue(first.get("dissolved_on").isNull());
        assertFalse(first.get("statutory").asBoolean());
        assertEquals("Lewes District Strategic Partnership", first.get("title").asText());
        assertEquals("Local Voices, Local Choices", first.get("summary").asText());
        assertEquals("subject", first.at("/partnerships/0/role").asText());
        assertEquals(id, first.at("/partnerships/0/id").asText());
        assertEquals(district, first.at("/areas/0").asText());
        assertEquals("community-safety", first.at("/themes/0").asText());
        assertTrue(first.get("url").asText().endsWith("/partnerships/" + id));
        assertFalse(first.get("occurred_at").asText().isEmpty());

        JsonNode updated = JSON.readTree(records.get(1).value());
        assertEquals("Lewes District LSP", updated.get("name").asText());
        assertEquals(1, updated.get("themes").size());
        JsonNode dissolved = JSON.readTree(records.get(2).value());
        assertEquals("dissolved", dissolved.get("status").asText());
        assertEquals("2026-03-31", dissolved.get("dissolved_on").asText());
    }

    @Test
    void areaSavedOnCreateAndUpdate() throws Exception {
        String county = area("county", null);
        String district = area("district", county);
        Fixtures.put("/areas/" + district,
                Map.of("code", district, "name", "Renamed district", "type", "district", "parent_code", county)).statusCode(200);
        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> district.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        JsonNode saved = JSON.readTree(records.get(1).value());
        assertEquals("area.saved", TestKafka.header(records.get(1), "ce_type"));
        assertEquals(district, saved.get("code").asText());
        assertEquals("Renamed district", saved.get("name").asText());
        assertEquals("district", saved.get("type").asText());
        assertEquals(county, saved.get("parent_code").asText());
        assertFalse(saved.get("occurred_at").asText().isEmpty());
    }

    @Test
    void membershipStartedAndEndedNameThePersonButNeverTheirContact() throws Exception {
        String district = area("district", null);
        String p = partnership(Map.of("name", "Wealden LSP board", "areas", List.of(district), "themes", List.of("housing")));
        String seat = Fixtures.post(p, "Voluntary sector representative", "voluntary-community");
        String org = organisation("voluntary-community");
        String who = person("Robin Fictional");
        String id = membership(Map.of("person_id", who, "partnership_id", p, "organisation_id", org, "post_id", seat,
                "role", "member", "starts_on", "2026-04-01"));
        Fixtures.post("/memberships/" + id + "/end", Map.of("ends_on", "2027-03-31")).statusCode(200);

        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(List.of("membership.started", "membership.ended"),
                records.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        JsonNode started = JSON.readTree(records.get(0).value());
        assertEquals(p, started.get("partnership_id").asText());
        assertEquals("Robin Fictional", started.get("person_name").asText());
        assertEquals("member", started.get("role").asText());
        assertEquals("Voluntary sector representative", started.get("post_title").asText());
        assertTrue(started.get("organisation_name").asText().startsWith("Organisation "));
        assertEquals("2026-04-01", started.get("starts_on").asText());
        assertTrue(started.get("ends_on").isNull());
        assertEquals(district, started.at("/areas/0").asText());
        assertEquals("subject", started.at("/partnerships/0/role").asText());
        assertFalse(records.get(0).value().contains("@example.org"), "no personal email in events");
        assertEquals("2027-03-31", JSON.readTree(records.get(1).value()).get("ends_on").asText());
    }

    @Test
    void meetingScheduledAndCancelled() throws Exception {
        String p = partnership(Map.of("themes", List.of("community-safety")));
        String id = Fixtures.post("/meetings", Map.of("partnership_id", p,
                        "title", "Board meeting", "starts_at", "2026-12-03T10:00:00Z", "ends_at", "2026-12-03T12:00:00Z",
                        "place", "Southover House, Lewes"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", Fixtures.editor()).when().post("/meetings/" + id + "/cancel").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(List.of("meeting.scheduled", "meeting.cancelled"),
                records.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        JsonNode scheduled = JSON.readTree(records.get(0).value());
        assertEquals(p, scheduled.get("partnership_id").asText());
        assertEquals("2026-12-03T10:00:00Z", scheduled.get("starts_at").asText());
        assertEquals("Southover House, Lewes", scheduled.get("place").asText());
        assertTrue(scheduled.get("public").asBoolean());
        assertEquals("Board meeting", scheduled.get("title").asText());
        assertEquals("community-safety", scheduled.at("/themes/0").asText());
        assertTrue(scheduled.get("url").asText().endsWith("/meetings/" + id));
    }

    @Test
    void aWriteSucceedsWhileKafkaIsDownAndItsEventFollowsOnceKafkaIsBack() {
        KafkaBroker broker = TestStack.get().ownKafka().orElse(null);
        assumeTrue(broker != null, "needs a broker this JVM may stop");
        String id;
        broker.stop();
        try {
            id = partnership(Map.of("name", "Lewes District LSP " + UUID.randomUUID()));
            given().when().get("/partnerships/" + id).then().statusCode(200);
        } finally {
            broker.start();
        }
        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(60));
        assertEquals(1, records.size(), "the event arrives, once");
    }

    @Test
    void concurrentRelaysNeverSendARowTwice() {
        List<String> ids = IntStream.range(0, 30)
                .mapToObj(i -> service.register(request("Relay race " + UUID.randomUUID())).id().toString())
                .toList();
        List<CompletableFuture<Integer>> relays = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(relay::relayBatch)).toList();
        relays.forEach(CompletableFuture::join);

        Set<String> wanted = Set.copyOf(ids);
        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> wanted.contains(r.key()), ids.size(),
                Duration.ofSeconds(20));
        assertEquals(ids.size(), records.size(), "each event exactly once");
        assertEquals(wanted, records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
    }

    private static PartnershipRequest request(String name) {
        return new PartnershipRequest(name, "other", null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
