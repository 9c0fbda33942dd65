package org.partnershiphub.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnershiphub.notification.messaging.events.IncomingEvent;
import org.partnershiphub.notification.service.ItemService;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Takes the other services' events off Kafka. A failure is retried a few times (the database may be
 * briefly away); a record that still fails, or can never be read, goes to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class EventConsumers {

    private final ItemService items;

    EventConsumers(ItemService items) {
        this.items = items;
    }

    @Incoming("directory-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = UnreadableEventException.class)
    public void onDirectoryEvent(ConsumerRecord<String, String> record) {
        items.handle(read(record));
    }

    @Incoming("performance-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = UnreadableEventException.class)
    public void onPerformanceEvent(ConsumerRecord<String, String> record) {
        items.handle(read(record));
    }

    @Incoming("engagement-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = UnreadableEventException.class)
    public void onEngagementEvent(ConsumerRecord<String, String> record) {
        items.handle(read(record));
    }

    static IncomingEvent read(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            throw new UnreadableEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent (ce_id, ce_type and a body are required)", null);
        }
        String time = header(record, "ce_time");
        try {
            return new IncomingEvent(record.topic(), id, type, header(record, "ce_subject"),
                    time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time), record.value());
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("ce_time is not an RFC 3339 time: " + time, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
