package org.partnershiphub.engagement.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.engagement.domain.OutboxEvent;
import org.partnershiphub.engagement.messaging.events.EngagementEvent;
import org.partnershiphub.engagement.repository.OutboxRepository;

import java.time.Instant;
import java.util.UUID;

/** Records events in the caller's transaction; {@link OutboxRelay} sends them once it commits. */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper json;

    Outbox(OutboxRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EngagementEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.type = event.eventType();
        row.occurredAt = Instant.now();
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventType() + " cannot be written as JSON", e);
        }
        repository.persist(row);
    }
}
