package org.partnershiphub.performance.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.KafkaBroker;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.local.TestStack;
import org.partnershiphub.performance.support.Fixtures;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writes do not wait for Kafka: the event is kept in the outbox and follows once the broker is back. */
@QuarkusTest
class OutboxTest {

    @Test
    void aValueIsRecordedWhileKafkaIsDownAndItsEventFollowsOnce() {
        KafkaBroker broker = TestStack.get().ownKafka().orElse(null);
        assumeTrue(broker != null, "needs a broker this JVM may stop");
        String indicator = Fixtures.indicator("higher", "annual");
        Fixtures.agreement("E10000011");
        String id;
        broker.stop();
        try {
            id = Fixtures.value(indicator, "E10000011", "2009-10", 17);
            given().get("/values/" + id).then().statusCode(200);
        } finally {
            broker.start();
        }
        List<ConsumerRecord<String, String>> records = TestKafka.read("performance.events", r -> id.equals(r.key()), 1,
                Duration.ofSeconds(60));
        assertEquals(1, records.size(), "the event arrives, once");
        assertEquals("value.recorded", TestKafka.header(records.get(0), "ce_type"));
    }
}
