package org.partnershiphub.performance.service.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.FeedJob;
import org.partnershiphub.performance.domain.FeedRequest;
import org.partnershiphub.performance.repository.FeedJobRepository;
import org.partnershiphub.performance.repository.FeedRequestRepository;
import org.partnershiphub.performance.service.DomainException;
import org.partnershiphub.performance.service.HubConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a feed sent over HTTP: replays the answer to a repeated Idempotency-Key, imports small feeds at
 * once in one transaction, and hands large ones to a background job.
 */
@ApplicationScoped
public class FeedService {

    /** Long enough for a feed of a few hundred thousand rows. */
    static final int IMPORT_TIMEOUT_SECONDS = 3600;

    private final FeedImporter importer;
    private final FeedRequestRepository requests;
    private final FeedJobRepository jobs;
    private final FeedJobRunner runner;
    private final ObjectMapper json;
    private final int jobThreshold;

    FeedService(FeedImporter importer, FeedRequestRepository requests, FeedJobRepository jobs, FeedJobRunner runner,
                ObjectMapper json, HubConfig config) {
        this.importer = importer;
        this.requests = requests;
        this.jobs = jobs;
        this.runner = runner;
        this.json = json;
        this.jobThreshold = config.feeds().jobThreshold();
    }

    public FeedResponse submit(String body, boolean csv, FeedOptions options, String idempotencyKey) {
        String hash = hash(csv, options, body);
        if (idempotencyKey != null) {
            Optional<FeedRequest> earlier = QuarkusTransaction.requiringNew().call(() -> requests.findByIdOptional(idempotencyKey));
            if (earlier.isPresent()) {
                FeedRequest first = earlier.get();
                if (!first.bodyHash.equals(hash)) {
                    throw DomainException.conflict("Idempotency-Key reused", "The Idempotency-Key '" + idempotencyKey
                            + "' was used on " + first.createdAt + " for a different feed; use a new key for a new feed",
                            "Idempotency-Key");
                }
                return new FeedResponse(first.statusCode, first.response, first.location, true);
            }
        }
        List<FeedRow> rows = FeedParser.parse(body, csv);
        if (rows.size() > jobThreshold) {
            FeedResponse accepted = QuarkusTransaction.requiringNew().call(() -> {
                FeedJob job = new FeedJob();
                job.id = UUID.randomUUID();
                job.status = "queued";
                job.mode = options.mode();
                job.dryRun = options.dryRun();
                job.format = csv ? "csv" : "json";
                job.body = body;
                job.submittedBy = options.actor().name();
                job.mayChangeLocked = options.mayChangeLocked();
                job.reason = options.reason();
                job.rowsTotal = rows.size();
                job.createdAt = Instant.now();
                jobs.persist(job);
                FeedResponse response = new FeedResponse(202, write(FeedJobView.from(job)), "/feeds/jobs/" + job.id, false);
                remember(idempotencyKey, hash, response);
                return response;
            });
            runner.start(UUID.fromString(accepted.location().substring("/feeds/jobs/".length())));
            return accepted;
        }
        return QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).call(() -> {
            ImportSummary summary = importer.run(rows, options, done -> { });
            FeedResponse response = respond(summary);
            remember(idempotencyKey, hash, response);
            return response;
        });
    }

    FeedResponse respond(ImportSummary summary) {
        if (!"rejected".equals(summary.outcome()) && !(summary.dryRun() && !summary.mode().equals("partial")
                && summary.rejected() > 0)) {
            return new FeedResponse(200, write(summary), null, false);
        }
        ObjectNode problem = json.valueToTree(summary);
        problem.put("type", "about:blank");
        problem.put("title", "Feed rejected");
        problem.put("status", 422);
        problem.put("detail", summary.rejected() + " of " + summary.rows() + " rows were rejected, so nothing was written"
                + " (all-or-nothing). Fix the rows listed under errors, or send mode=partial to write the good rows.");
        return new FeedResponse(422, problem.toString(), null, false);
    }

    private void remember(String key, String hash, FeedResponse response) {
        if (key == null) {
            return;
        }
        FeedRequest request = new FeedRequest();
        request.idempotencyKey = key;
        request.bodyHash = hash;
        request.statusCode = response.status();
        request.response = response.body();
        request.location = response.location();
        request.createdAt = Instant.now();
        requests.persist(request);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(boolean csv, FeedOptions options, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((csv + "|" + options.mode() + "|" + options.dryRun() + "|" + options.reason() + "|")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
