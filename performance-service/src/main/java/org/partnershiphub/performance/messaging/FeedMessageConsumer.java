package org.partnershiphub.performance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.partnershiphub.performance.service.DomainException;
import org.partnershiphub.performance.service.feeds.FeedMessages;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The same feeds as POST /feeds, for systems already on Kafka: a record on performance.feeds holds the
 * rows (JSON, or CSV when its content type says text/csv); the summary goes to performance.feed-results
 * keyed by the feed's ce_id (or its key when it has none). A feed seen before is answered again, not re-imported.
 */
@ApplicationScoped
public class FeedMessageConsumer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeedMessages feeds;
    private final Emitter<String> results;

    FeedMessageConsumer(FeedMessages feeds, @Channel("performance-feed-results") Emitter<String> results) {
        this.feeds = feeds;
        this.results = results;
    }

    @Incoming("performance-feeds")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws Exception {
        String feedId = header(record, "ce_id");
        if (feedId == null) {
            feedId = record.key() != null ? record.key() : record.topic() + "-" + record.partition() + "-" + record.offset();
        }
        String contentType = header(record, "content-type");
        if (contentType == null) {
            contentType = header(record, "ce_datacontenttype");
        }
        boolean csv = contentType != null && contentType.toLowerCase().startsWith("text/csv");
        String result;
        try {
            result = feeds.handle(feedId, record.value(), csv);
        } catch (DomainException e) {
            ObjectNode problem = JSON.createObjectNode();
            problem.put("feed_id", feedId);
            problem.put("outcome", "rejected");
            problem.put("title", e.title());
            problem.put("detail", e.getMessage());
            result = problem.toString();
        }
        CompletableFuture<Void> ack = new CompletableFuture<>();
        results.send(Message.of(result)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(feedId).build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        // the feed is committed before its record is; waiting here keeps the result from being lost silently
        ack.get(30, TimeUnit.SECONDS);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
