package org.partnershiphub.engagement.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.partnershiphub.engagement.domain.OutboxEvent;
import org.partnershiphub.engagement.repository.OutboxRepository;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox rows to Kafka as CloudEvents (key = aggregate id) and marks a row sent only after
 * the broker acknowledged it. Rows the broker did not take stay unsent and are tried again.
 */
@ApplicationScoped
public class OutboxRelay {

    static final URI SOURCE = URI.create("/engagement-service");
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    // longer than the producer's max.block.ms + delivery.timeout.ms, so a send's real outcome is known
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final OutboxRepository repository;
    private final Emitter<String> emitter;
    private final int batchSize;

    OutboxRelay(OutboxRepository repository,
                @Channel("engagement-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1000)
                Emitter<String> emitter,
                @ConfigProperty(name = "hub.outbox.batch-size") int batchSize) {
        this.repository = repository;
        this.emitter = emitter;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${hub.outbox.interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        int sent;
        do {
            sent = relayBatch();
        } while (sent == batchSize);
    }

    /**
     * Relays one batch; returns how many rows the broker acknowledged. The first row goes alone: if
     * the broker is unreachable the batch stops there, so an outage costs one send timeout per round
     * rather than one per row.
     */
    @Transactional
    @TransactionConfiguration(timeout = 120)
    public int relayBatch() {
        List<OutboxEvent> batch = repository.claimUnsent(batchSize);
        if (batch.isEmpty() || !awaitAck(batch.get(0), send(batch.get(0)))) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch.subList(1, batch.size())) {
            acks.add(send(event));
        }
        int acknowledged = 1;
        for (int i = 0; i < acks.size(); i++) {
            if (awaitAck(batch.get(i + 1), acks.get(i))) {
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private boolean awaitAck(OutboxEvent event, CompletableFuture<Void> ack) {
        try {
            ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            event.sentAt = Instant.now();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            event.attempts++;
            event.lastError = String.valueOf(cause.getMessage());
            LOG.warnf("event %s (%s) not yet accepted by Kafka: %s", event.id, event.type, cause.getMessage());
            return false;
        }
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateId).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.id.toString())
                        .withType(event.type)
                        .withSource(SOURCE)
                        .withSubject(event.aggregateId)
                        .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }
}
