package org.partnershiphub.performance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.performance.service.DomainException;
import org.partnershiphub.performance.service.feeds.FeedJobRunner;
import org.partnershiphub.performance.service.feeds.FeedJobView;
import org.partnershiphub.performance.service.feeds.FeedOptions;
import org.partnershiphub.performance.service.feeds.FeedResponse;
import org.partnershiphub.performance.service.feeds.FeedService;
import org.partnershiphub.performance.service.feeds.ImportSummary;

import java.net.URI;
import java.util.UUID;

@Path("/feeds")
@Tag(name = "Feeds", description = "Bulk loading of values, keyed by indicator code, area code and period")
public class FeedResource {

    static final String JSON_FEED = """
            {"rows": [
              {"indicator_code": "NI 154", "area": "E07000063", "period": "2009-10", "value": 212, "status": "final", "note": "Housing flows return", "source": "Lewes DC"},
              {"indicator_code": "NI 32", "area": "E10000011", "period": "2009-10-Q2", "value": "14.2", "status": "provisional"}
            ]}""";
    static final String CSV_FEED = """
            indicator_code,area,period,value,status,note
            NI 154,E07000063,2009-10,212,final,Housing flows return
            NI 32,E10000011,2009-10-Q2,14.2,provisional,
            """;
    static final String SUMMARY = """
            {"outcome": "imported", "mode": "all-or-nothing", "dry_run": false, "written": true, "rows": 2,
             "imported": 1, "updated": 1, "unchanged": 0, "rejected": 0, "errors": []}""";
    static final String REJECTED = """
            {"type": "about:blank", "title": "Feed rejected", "status": 422,
             "detail": "9 of 10 rows were rejected, so nothing was written (all-or-nothing). Fix the rows listed under errors, or send mode=partial to write the good rows.",
             "outcome": "rejected", "mode": "all-or-nothing", "dry_run": false, "written": false, "rows": 10,
             "imported": 1, "updated": 0, "unchanged": 0, "rejected": 9, "errors": [
              {"line": 2, "code": "MISSING_FIELD", "message": "Give the value"},
              {"line": 3, "code": "UNKNOWN_INDICATOR", "message": "No indicator has the code 'NI 999'"},
              {"line": 4, "code": "UNKNOWN_AREA", "message": "'E99999999' is not an area known from the directory or covered by an agreement or target"},
              {"line": 5, "code": "BAD_PERIOD", "message": "'2009/10' is not a period; write a financial year written like 2009-10, or one of its quarters written like 2009-10-Q1 to 2009-10-Q4 (Q1 = April-June)"},
              {"line": 6, "code": "NOT_A_NUMBER", "message": "'12%' is not a number; write digits with an optional sign and decimal point, e.g. 12.5, without units or thousands separators"},
              {"line": 7, "code": "BAD_STATUS", "message": "'draft' is not a status; use provisional, final or revised"},
              {"line": 8, "code": "DUPLICATE_ROW", "message": "Line 1 already gives NI 154 in E07000063 for 2009-10; send each value once"},
              {"line": 9, "code": "LOCKED_PERIOD", "message": "Period 2008-09 is locked; only an admin may change it, sending a reason"},
              {"line": 10, "code": "BAD_ROW", "message": "The row cannot be read: give an object with indicator_code, area, period and value (JSON) or close every quote (CSV)"}
             ]}""";
    static final String JOB = """
            {"id": "0b6f1c9e-2d55-4c3e-8f0a-5b1f3e2a9c10", "status": "running", "mode": "all-or-nothing", "dry_run": false,
             "rows_total": 100000, "rows_done": 42000, "percent_done": 42, "summary": null, "error": null,
             "created_at": "2009-10-20T09:00:00Z", "started_at": "2009-10-20T09:00:01Z", "finished_at": null}""";

    private final FeedService feeds;
    private final FeedJobRunner jobs;
    private final SecurityIdentity identity;

    FeedResource(FeedService feeds, FeedJobRunner jobs, SecurityIdentity identity) {
        this.feeds = feeds;
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Load values in bulk", description = """
            One value per row, keyed by codes: indicator_code, area (GSS code), period (2009-10 or 2009-10-Q1..Q4), \
            value (a number), and optionally status (provisional, final, revised; new values default to provisional, \
            changed ones to revised), note and source. JSON: {"rows": [...]} or a bare array. CSV (text/csv): a header \
            line naming the columns, then one row per line (RFC 4180 quotes allowed). A row equal to what is stored is \
            counted unchanged; a different figure updates the value and is kept in its history. \
            Rejection codes: MISSING_FIELD, UNKNOWN_INDICATOR, UNKNOWN_AREA, BAD_PERIOD, NOT_A_NUMBER, BAD_STATUS, \
            DUPLICATE_ROW (the same indicator, area and period twice in one feed), LOCKED_PERIOD (the period is locked; \
            an admin may change it by sending reason), BAD_ROW (a row that cannot be read). \
            Feeds of more than 5,000 rows run as a job: 202 with Location /feeds/jobs/{id}.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json", value = JSON_FEED)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = CSV_FEED))})
    @APIResponse(responseCode = "200", description = "Imported (or, with dryRun=true, checked) — the import summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class),
                    examples = @ExampleObject(name = "imported", value = SUMMARY)))
    @APIResponse(responseCode = "202", description = "A large feed accepted as a job; Location names its status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedJobView.class),
                    examples = @ExampleObject(name = "job", value = JOB)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, the CSV header lacks a column, or mode is not one of all-or-nothing, partial")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the performance-officer or admin role")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before for a different feed")
    @APIResponse(responseCode = "422", description = "All-or-nothing and at least one row was rejected: nothing was written; every rejected row is listed with its line, code and message (a dry run answers the same, with outcome validated)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "rejected", value = REJECTED)))
    public Response submit(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "all-or-nothing (default) or partial")
                           @QueryParam("mode") String mode,
                           @Parameter(description = "true: check and report, write nothing") @QueryParam("dryRun") Boolean dryRun,
                           @Parameter(description = "Why locked periods are changed (admin only)") @QueryParam("reason") String reason,
                           @Parameter(description = "Repeat a feed safely: the same key and body return the first answer")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        boolean partial;
        if (mode == null || mode.equals("all-or-nothing")) {
            partial = false;
        } else if (mode.equals("partial")) {
            partial = true;
        } else {
            throw DomainException.badRequest("Unknown mode", "mode is all-or-nothing (the default) or partial", "mode");
        }
        boolean csv = contentType != null && contentType.toLowerCase().startsWith("text/csv");
        FeedResponse response = feeds.submit(body, csv,
                new FeedOptions(partial, Boolean.TRUE.equals(dryRun), Callers.of(identity), reason), idempotencyKey);
        Response.ResponseBuilder builder = Response.status(response.status()).entity(response.body())
                .type(response.problem() ? "application/problem+json" : MediaType.APPLICATION_JSON);
        if (response.location() != null) {
            builder.location(URI.create(response.location()));
        }
        if (response.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    @GET
    @Path("/jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A feed job: progress (rows done of total) and, once finished, the import summary")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedJobView.class),
                    examples = @ExampleObject(name = "running", value = JOB)))
    @APIResponse(responseCode = "404", description = "No job has this id")
    public FeedJobView job(@PathParam("id") UUID id) {
        return jobs.find(id).orElseThrow(() -> DomainException.notFound("Feed job", id));
    }
}
