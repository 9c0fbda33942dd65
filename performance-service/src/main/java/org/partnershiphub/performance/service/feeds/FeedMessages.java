package org.partnershiphub.performance.service.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.FeedRequest;
import org.partnershiphub.performance.repository.FeedRequestRepository;
import org.partnershiphub.performance.service.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feeds arriving on Kafka. Options travel in the JSON body ({"mode": "partial", "dry_run": true, "rows": [...]});
 * a CSV feed is all-or-nothing. The answer is kept under the feed id, so a redelivery gets it again unchanged.
 */
@ApplicationScoped
public class FeedMessages {

    static final String KEY_PREFIX = "kafka:";

    private final FeedImporter importer;
    private final FeedRequestRepository requests;
    private final ObjectMapper json;

    FeedMessages(FeedImporter importer, FeedRequestRepository requests, ObjectMapper json) {
        this.importer = importer;
        this.requests = requests;
        this.json = json;
    }

    /** Imports the feed once and returns the result record's JSON. */
    public String handle(String feedId, String body, boolean csv) {
        Optional<FeedRequest> earlier = QuarkusTransaction.requiringNew().call(() -> requests.findByIdOptional(KEY_PREFIX + feedId));
        if (earlier.isPresent()) {
            return earlier.get().response;
        }
        boolean partial = false;
        boolean dryRun = false;
        if (!csv) {
            try {
                JsonNode root = json.readTree(body);
                partial = root.isObject() && "partial".equals(root.path("mode").asText());
                dryRun = root.isObject() && root.path("dry_run").asBoolean(false);
            } catch (JsonProcessingException e) {
                // FeedParser reports where the JSON breaks
            }
        }
        List<FeedRow> rows = FeedParser.parse(body, csv);
        FeedOptions options = new FeedOptions(partial, dryRun, new Actor("kafka:performance.feeds", false), null);
        return QuarkusTransaction.requiringNew().timeout(FeedService.IMPORT_TIMEOUT_SECONDS).call(() -> {
            ImportSummary summary = importer.run(rows, options, done -> { });
            ObjectNode result = json.valueToTree(summary);
            result.put("feed_id", feedId);
            FeedRequest request = new FeedRequest();
            request.idempotencyKey = KEY_PREFIX + feedId;
            request.bodyHash = "-";
            request.statusCode = "rejected".equals(summary.outcome()) ? 422 : 200;
            request.response = result.toString();
            request.createdAt = Instant.now();
            requests.persist(request);
            return result.toString();
        });
    }
}
