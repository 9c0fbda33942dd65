package org.partnershiphub.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.CaseStudyService;
import org.partnershiphub.engagement.service.DomainException;

import java.util.UUID;

@Path("/case-studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case studies", description = "The good-practice library, and who has reused each practice")
public class CaseStudyResource {

    private final CaseStudyService service;

    CaseStudyResource(CaseStudyService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Search the library",
            description = "Keyword search over title, tags and the story (best match first), by theme, tag, or a "
                    + "partnership behind or reusing the practice; paged with page and per_page")
    @APIResponse(responseCode = "200", description = "A page of case studies, with Link headers")
    @APIResponse(responseCode = "400", description = "A query parameter that cannot be read")
    public Response search(@Parameter(example = "vandalism") @QueryParam("q") String q,
                           @Parameter(example = "community-safety") @QueryParam("theme") String theme,
                           @Parameter(example = "young people") @QueryParam("tag") String tag,
                           @QueryParam("partnership") String partnership,
                           @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                           @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                           @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                           @Context UriInfo uri) {
        return PageView.ok(service.search(QueryParams.text(q), QueryParams.text(theme), QueryParams.text(tag),
                QueryParams.uuid(partnership, "partnership"), page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case study, with its reused-by list")
    @APIResponse(responseCode = "200", description = "The case study")
    @APIResponse(responseCode = "404", description = "No case study has this id")
    public CaseStudyView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Case study", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a case study to the library", description = "Publishes case-study.published")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "409", description = "A case study with this title exists")
    @APIResponse(responseCode = "422", description = "An unknown partnership or theme")
    public Response publish(@Valid @NotNull(message = "send a JSON case study") CaseStudyRequest request, @Context UriInfo uri) {
        CaseStudyView created = service.publish(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/reused-by")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a partnership to the reused-by list", description = "Adding it again updates its note")
    @APIResponse(responseCode = "200", description = "The case study with its reused-by list")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "404", description = "No case study has this id")
    @APIResponse(responseCode = "422", description = "An unknown partnership")
    public CaseStudyView reuse(@PathParam("id") UUID id, @Valid @NotNull(message = "send the partnership_id") ReuseRequest request) {
        return service.addReuse(id, request);
    }
}
