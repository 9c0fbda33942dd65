package org.partnershiphub.performance.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.performance.support.Fixtures;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Feeds on performance.feeds are imported like POST /feeds; results go to performance.feed-results. */
@QuarkusTest
class FeedTopicTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFeedOnTheTopicIsImportedOnceAndItsSummaryPublished() throws Exception {
        String indicator = Fixtures.indicator("higher", "annual");
        Fixtures.agreement("E10000011");
        String feedId = UUID.randomUUID().toString();
        String feed = "{\"mode\": \"partial\", \"rows\": [{\"indicator_code\": \"" + indicator
                + "\", \"area\": \"E10000011\", \"period\": \"2009-10\", \"value\": 42},"
                + "{\"indicator_code\": \"" + indicator + "\", \"area\": \"E10000011\", \"period\": \"2009-10-Q5\", \"value\": 1}]}";
        Map<String, String> headers = Map.of("ce_id", feedId, "ce_type", "performance.feed", "ce_source", "/laa-system",
                "ce_specversion", "1.0");
        TestKafka.send("performance.feeds", feedId, feed, headers);
        TestKafka.send("performance.feeds", feedId, feed, headers); // a redelivery

        List<ConsumerRecord<String, String>> results = TestKafka.read("performance.feed-results",
                r -> feedId.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, results.size(), "each delivery is answered");
        JsonNode result = JSON.readTree(results.get(0).value());
        assertEquals("imported", result.get("outcome").asText());
        assertEquals(1, result.get("imported").asInt());
        assertEquals("BAD_PERIOD", result.at("/errors/0/code").asText());
        assertEquals(result, JSON.readTree(results.get(1).value()));
        given().queryParam("indicator_code", indicator).get("/values").then().body("total_items", equalTo(1));
        String id = given().queryParam("indicator_code", indicator).get("/values").path("contents[0].id");
        given().get("/values/" + id + "/history").then().body("size()", equalTo(1));
    }
}
