package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.partnershiphub.directory.service.AreaService;
import org.partnershiphub.directory.service.DomainException;
import org.partnershiphub.directory.service.InsightService;

@Path("/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes", description = "The Pride of Place taxonomy: 9 themes, 2 population groups, 3 cross-cutting priorities")
public class ThemeResource {

    private final AreaService service;
    private final InsightService insights;

    ThemeResource(AreaService service, InsightService insights) {
        this.service = service;
        this.insights = insights;
    }

    @GET
    @Operation(summary = "List themes")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "theme, population-group or cross-cutting", example = "theme")
                         @QueryParam("kind") String kind,
                         @Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        return PageView.ok(service.themes(Params.oneOf("kind", kind, "theme", "population-group", "cross-cutting"),
                page, perPage), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One theme")
    @APIResponse(responseCode = "200", description = "The theme")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No theme has this code")
    public ThemeView get(@Parameter(example = "community-safety") @PathParam("code") String code) {
        return service.theme(code).orElseThrow(() -> DomainException.notFound("Theme", code));
    }

    @GET
    @Path("/{code}/joint-working")
    @Operation(summary = "Scope for joint working", description = "The active partnerships working on this theme "
            + "across areas and tiers")
    @APIResponse(responseCode = "200", description = "Partnerships, the areas they serve, and a count per type")
    @APIResponse(responseCode = "404", description = "No theme has this code")
    public InsightService.JointWorking jointWorking(@Parameter(example = "community-safety") @PathParam("code") String code) {
        return insights.jointWorking(code);
    }
}
