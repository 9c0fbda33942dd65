package org.partnershiphub.performance.service.feeds;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a feed did, or (dry run, or rejected) would have done. */
@Schema(name = "ImportSummary", description = "The outcome of a feed: counts, and every rejected row with its line, code and message")
public record ImportSummary(
        @Schema(description = "imported: written; rejected: nothing written (all-or-nothing and a row failed); "
                + "validated: a dry run, nothing written", enumeration = {"imported", "rejected", "validated"})
        String outcome,
        @Schema(enumeration = {"all-or-nothing", "partial"}) String mode,
        boolean dryRun,
        @Schema(description = "Whether anything was written") boolean written,
        @Schema(examples = "120") int rows,
        @Schema(description = "New values (would be) recorded", examples = "100") int imported,
        @Schema(description = "Existing values (would be) changed", examples = "12") int updated,
        @Schema(description = "Rows equal to what is stored", examples = "6") int unchanged,
        @Schema(examples = "2") int rejected,
        List<RowError> errors) {
}
