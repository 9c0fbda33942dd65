package org.partnershiphub.directory.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.partnershiphub.directory.service.AccountabilityService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Reads performance.events for the accountability view. A record that cannot be handled fails, and the
 * connector moves it to performance.events.dlq; repeats are dropped by ce_id inside the service.
 */
@ApplicationScoped
public class PerformanceEventsConsumer {

    /** The fields of target.set, target.revised and target.status-changed this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TargetEvent(UUID id, String indicatorCode, String indicatorTitle, String title, String period,
                              String newStatus, List<Partner> partnerships, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(UUID id, String name, String role) {
    }

    private final AccountabilityService accountabilities;
    private final ObjectMapper json;

    PerformanceEventsConsumer(AccountabilityService accountabilities, ObjectMapper json) {
        this.accountabilities = accountabilities;
        this.json = json;
    }

    @Incoming("performance-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new IllegalArgumentException("record at offset " + record.offset() + " has no ce_id or ce_type header");
        }
        TargetEvent event = AccountabilityService.HANDLED.contains(type) ? json.readValue(record.value(), TargetEvent.class) : null;
        accountabilities.handle(id, type, event);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
