package org.partnershiphub.engagement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnershiphub.engagement.messaging.events.IncomingEvent;
import org.partnershiphub.engagement.service.ReadModelService;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the local lists of partnerships and targets from the other services' events. A failure is
 * retried a few times (the database may be briefly away); a record that still fails goes to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class EventConsumers {

    private final ReadModelService readModels;

    EventConsumers(ReadModelService readModels) {
        this.readModels = readModels;
    }

    @Incoming("directory-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = UnreadableEventException.class)
    public void onDirectoryEvent(ConsumerRecord<String, String> record) {
        readModels.handle(read(record));
    }

    @Incoming("performance-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = UnreadableEventException.class)
    public void onPerformanceEvent(ConsumerRecord<String, String> record) {
        readModels.handle(read(record));
    }

    static IncomingEvent read(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            throw new UnreadableEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent (ce_id, ce_type and a body are required)", null);
        }
        return new IncomingEvent(record.topic(), id, type, record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
