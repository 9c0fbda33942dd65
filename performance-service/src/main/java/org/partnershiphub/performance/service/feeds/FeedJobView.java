package org.partnershiphub.performance.service.feeds;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.FeedJob;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "FeedJob", description = "A large feed imported in the background")
public record FeedJobView(
        UUID id,
        @Schema(enumeration = {"queued", "running", "succeeded", "rejected", "failed"}) String status,
        String mode, boolean dryRun,
        @Schema(description = "Rows in the feed", examples = "100000") int rowsTotal,
        @Schema(description = "Rows handled so far", examples = "42000") int rowsDone,
        @Schema(examples = "42") int percentDone,
        @Schema(implementation = ImportSummary.class, description = "The final summary, once finished")
        @JsonRawValue String summary,
        @Schema(description = "Why the job failed, if it did") String error,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static FeedJobView from(FeedJob job) {
        int percent = job.rowsTotal == 0 ? 100 : (int) (100L * job.rowsDone / job.rowsTotal);
        return new FeedJobView(job.id, job.status, job.mode, job.dryRun, job.rowsTotal, job.rowsDone, percent, job.summary,
                job.error, job.createdAt, job.startedAt, job.finishedAt);
    }
}
