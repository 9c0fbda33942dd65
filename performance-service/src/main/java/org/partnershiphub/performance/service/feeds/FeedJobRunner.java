package org.partnershiphub.performance.service.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.partnershiphub.performance.domain.FeedJob;
import org.partnershiphub.performance.repository.FeedJobRepository;
import org.partnershiphub.performance.service.Actor;
import org.partnershiphub.performance.service.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs large feeds on the managed executor. The job row holds the feed and its progress, so status
 * is readable from any instance and a job a stop interrupted runs again on start (an import is one
 * transaction, so a rerun starts clean).
 */
@ApplicationScoped
public class FeedJobRunner {

    private static final Logger LOG = Logger.getLogger(FeedJobRunner.class);
    /** Progress is saved every so many rows, not on every row. */
    private static final int PROGRESS_STEP = 1000;

    private final FeedJobRepository jobs;
    private final FeedImporter importer;
    private final ManagedExecutor executor;
    private final ObjectMapper json;

    FeedJobRunner(FeedJobRepository jobs, FeedImporter importer, ManagedExecutor executor, ObjectMapper json) {
        this.jobs = jobs;
        this.importer = importer;
        this.executor = executor;
        this.json = json;
    }

    void resumeInterrupted(@Observes StartupEvent start) {
        List<UUID> unfinished = QuarkusTransaction.requiringNew().call(() -> jobs.unfinished().stream().map(j -> j.id).toList());
        unfinished.forEach(this::start);
    }

    public void start(UUID id) {
        executor.runAsync(() -> run(id));
    }

    public Optional<FeedJobView> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findByIdOptional(id).map(FeedJobView::from));
    }

    void run(UUID id) {
        FeedJob job = QuarkusTransaction.requiringNew().call(() -> {
            FeedJob j = jobs.findById(id);
            j.status = "running";
            j.startedAt = Instant.now();
            j.rowsDone = 0;
            return j;
        });
        try {
            List<FeedRow> rows = FeedParser.parse(job.body, "csv".equals(job.format));
            FeedOptions options = new FeedOptions("partial".equals(job.mode), job.dryRun,
                    new Actor(job.submittedBy, job.mayChangeLocked), job.reason);
            int[] saved = {0};
            ImportSummary summary = QuarkusTransaction.requiringNew().timeout(FeedService.IMPORT_TIMEOUT_SECONDS).call(() ->
                    importer.run(rows, options, done -> {
                        if (done - saved[0] >= PROGRESS_STEP || done == rows.size()) {
                            saved[0] = done;
                            QuarkusTransaction.requiringNew().run(() -> jobs.progress(id, done));
                        }
                    }));
            finish(id, "rejected".equals(summary.outcome()) ? "rejected" : "succeeded", json.writeValueAsString(summary), null);
        } catch (DomainException e) {
            finish(id, "rejected", null, e.title() + ": " + e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "feed job %s failed", id);
            finish(id, "failed", null, "The import stopped unexpectedly; nothing was written. Send the feed again.");
        }
    }

    private void finish(UUID id, String status, String summary, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            FeedJob j = jobs.findById(id);
            j.status = status;
            j.summary = summary;
            j.error = error;
            j.rowsDone = summary != null ? j.rowsTotal : j.rowsDone;
            j.finishedAt = Instant.now();
            j.body = null;
        });
    }
}
