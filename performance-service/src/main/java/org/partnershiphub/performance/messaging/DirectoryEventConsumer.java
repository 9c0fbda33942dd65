package org.partnershiphub.performance.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnershiphub.performance.service.DirectoryReadModel;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the local list of partnerships (and areas) from directory.events. A record that cannot be
 * handled fails here and goes to directory.events.dlq.
 */
@ApplicationScoped
public class DirectoryEventConsumer {

    private final DirectoryReadModel readModel;

    DirectoryEventConsumer(DirectoryReadModel readModel) {
        this.readModel = readModel;
    }

    @Incoming("directory-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new IllegalArgumentException("record without ce_id or ce_type at offset " + record.offset());
        }
        readModel.apply(id, type, record.value());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
