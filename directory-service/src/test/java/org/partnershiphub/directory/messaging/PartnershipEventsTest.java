package org.partnershiphub.directory.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.messaging.events.PartnershipRegistered;
import org.partnershiphub.directory.rest.PartnershipRequest;
import org.partnershiphub.directory.service.PartnershipService;
import org.partnershiphub.local.KafkaBroker;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.local.TestStack;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
class PartnershipEventsTest {

    private static final String TOPIC = "directory.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PartnershipService service;

    @Inject
    OutboxRelay relay;

    @Test
    void registeringPublishesPartnershipRegisteredAsACloudEvent() throws Exception {
        String id = register("Eastbourne LSP " + UUID.randomUUID());

        List<ConsumerRecord<String, String>> records = TestKafka.read(TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one event keyed by the partnership id");
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("1.0", TestKafka.header(record, "ce_specversion"));
        assertEquals(PartnershipRegistered.TYPE, TestKafka.header(record, "ce_type"));
        assertEquals("/directory-service", TestKafka.header(record, "ce_source"));
        assertEquals(id, TestKafka.header(record, "ce_subject"));
        assertNotNull(TestKafka.header(record, "ce_id"));
        assertNotNull(TestKafka.header(record, "ce_time"));
        JsonNode payload = JSON.readTree(record.value());
        assertEquals(id, payload.get("id").asText());
        assertEquals("district-lsp", payload.get("type").asText());
        assertTrue(payload.get("url").asText().endsWith("/partnerships/" + id));
        assertNotNull(payload.get("registered_at"));
    }

    @Test
    void aWriteSucceedsWhileKafkaIsDownAndItsEventFollowsOnceKafkaIsBack() {
        KafkaBroker broker = TestStack.get().ownKafka().orElse(null);
        assumeTrue(broker != null, "needs a broker this JVM may stop");
        String id;
        broker.stop();
        try {
            id = register("Lewes District LSP " + UUID.randomUUID());
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
                .mapToObj(i -> service.register(new PartnershipRequest("Relay race " + UUID.randomUUID(), "other", null)).id().toString())
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

    private static String register(String name) {
        return given().header("Authorization", TestStack.get().bearer("directory-editor"))
                .contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(201).extract().path("id");
    }
}
