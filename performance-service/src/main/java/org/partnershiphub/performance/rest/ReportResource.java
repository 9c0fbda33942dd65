package org.partnershiphub.performance.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.performance.service.DomainException;
import org.partnershiphub.performance.service.ReportService;

import java.util.UUID;

@Path("/")
@Tag(name = "Reports", description = "Scorecards, missing returns and the exception report")
public class ReportResource {

    static final String CSV = "text/csv";

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("scorecards")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Scorecard of targets grouped by theme, lead partnership or area",
            description = "JSON, or CSV (one row per target) with Accept: text/csv or format=csv")
    @APIResponse(responseCode = "200", description = "The scorecard", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "by is not theme, partnership or area")
    public Response scorecard(@Parameter(description = "theme (default), partnership or area") @QueryParam("by") @DefaultValue("theme") String by,
                              @QueryParam("lead_partnership_id") UUID lead, @QueryParam("theme") String theme,
                              @QueryParam("area") String area, @QueryParam("format") String format,
                              @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ScorecardView card = reports.scorecard(by, lead, theme, area);
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.startsWith(CSV));
        if (csv) {
            return Response.ok(ScorecardCsv.write(card), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"scorecard-by-" + by + ".csv\"").build();
        }
        return Response.ok(card, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("returns/missing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per lead partnership, the targets still without a value for a period")
    @APIResponse(responseCode = "200", description = "The missing returns")
    @APIResponse(responseCode = "400", description = "No period, or one not written like 2009-10 or 2009-10-Q2")
    public MissingReturnsView missingReturns(@Parameter(description = "2009-10 or 2009-10-Q2", required = true)
                                             @QueryParam("period") String period) {
        if (period == null || period.isBlank()) {
            throw DomainException.badRequest("Period needed", "give the period, e.g. period=2009-10-Q2", "period");
        }
        return reports.missingReturns(period);
    }

    @GET
    @Path("exceptions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exception report: red targets, overdue milestones and high risks, per partnership and per theme")
    @APIResponse(responseCode = "200", description = "The report")
    public ExceptionReportView exceptions(@QueryParam("lead_partnership_id") UUID lead, @QueryParam("theme") String theme) {
        return reports.exceptions(lead, theme);
    }
}
