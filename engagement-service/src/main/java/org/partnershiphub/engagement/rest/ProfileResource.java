package org.partnershiphub.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.DomainException;
import org.partnershiphub.engagement.service.ParticipationService;

import java.time.LocalDate;
import java.util.UUID;

@Path("/participation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participation", description = "Who took part, as counts only, and how that compares with who lives there")
public class ProfileResource {

    private final ParticipationService service;

    ProfileResource(ParticipationService service) {
        this.service = service;
    }

    @GET
    @Path("/profile")
    @Operation(summary = "Who took part vs who lives there",
            description = "For the engagements in an area starting within from–to: each group's share of participants "
                    + "against its share of the area's reference population; under_heard when it falls short by more "
                    + "than the configured margin")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "area, from or to missing or unreadable")
    @APIResponse(responseCode = "404", description = "No reference population is loaded for the area")
    public ProfileView profile(@Parameter(required = true, example = "E07000063") @QueryParam("area") String area,
                               @Parameter(required = true, example = "2008-01-01") @QueryParam("from") String from,
                               @Parameter(required = true, example = "2008-12-31") @QueryParam("to") String to) {
        String code = QueryParams.area(area, "area");
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        if (code == null || fromDate == null || toDate == null) {
            throw QueryParams.bad(code == null ? "area" : fromDate == null ? "from" : "to",
                    "give area, from and to, e.g. area=E07000063&from=2008-01-01&to=2008-12-31");
        }
        QueryParams.range(fromDate, toDate);
        return service.profile(code, fromDate, toDate, QueryParams.startOf(fromDate), QueryParams.endOf(toDate));
    }
}
