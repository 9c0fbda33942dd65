package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.directory.service.InsightService;

@Path("/representation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Representation", description = "Gaps in who sits on partnership boards")
public class RepresentationResource {

    private final InsightService insights;

    RepresentationResource(InsightService insights) {
        this.insights = insights;
    }

    @GET
    @Path("/gaps")
    @Operation(summary = "Partnerships with vacant posts or missing sectors", description = "Active partnerships only, by name")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response gaps(@Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        return PageView.ok(insights.gaps(page, perPage), uri);
    }
}
