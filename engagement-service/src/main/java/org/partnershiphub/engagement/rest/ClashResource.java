package org.partnershiphub.engagement.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.EngagementService;

import java.time.LocalDate;
import java.util.List;

@Path("/clashes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clashes", description = "Engagements consulting the same people on the same thing at the same time")
public class ClashResource {

    private static final int MAX_PAIRS = 500;

    private final EngagementService service;

    ClashResource(EngagementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Clashing pairs of engagements in a period",
            description = "Pairs of engagements (not cancelled) that overlap each other in time and area, with an "
                    + "audience or theme in common, and run within from–to. At most " + MAX_PAIRS + " pairs.")
    @APIResponse(responseCode = "200", description = "The pairs, earliest overlap first")
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, or to before from")
    public List<ClashPairView> clashes(
            @Parameter(required = true, example = "2008-01-01") @QueryParam("from") String from,
            @Parameter(required = true, example = "2008-03-31") @QueryParam("to") String to) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        if (fromDate == null || toDate == null) {
            throw QueryParams.bad(fromDate == null ? "from" : "to", "give both from and to as dates, e.g. from=2008-01-01&to=2008-03-31");
        }
        QueryParams.range(fromDate, toDate);
        return service.clashesBetween(QueryParams.startOf(fromDate), QueryParams.endOf(toDate), MAX_PAIRS);
    }
}
