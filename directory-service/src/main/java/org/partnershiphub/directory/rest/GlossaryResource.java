package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.partnershiphub.directory.service.DomainException;
import org.partnershiphub.directory.service.GlossaryService;

import java.time.Instant;
import java.util.UUID;

@Path("/glossary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Glossary", description = "The terminology of partnerships (LSP, LAA, SCS, CDRP, NI…) in plain English")
public class GlossaryResource {

    private final GlossaryService service;
    private final ObjectMapper json;

    GlossaryResource(GlossaryService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List terms", description = "Alphabetical; filters combine with AND")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "Words in the term, expansion or definition", example = "crime") @QueryParam("q") String q,
                         @Parameter(description = "Theme code", example = "community-safety") @QueryParam("theme") String theme,
                         @Parameter(description = "Partnership id") @QueryParam("partnership") String partnership,
                         @Parameter(description = ApiDoc.MODIFIED_AFTER, example = "2026-11-01T00:00:00Z")
                         @QueryParam("modified_after") String modifiedAfter,
                         @Parameter(description = ApiDoc.FORMAT, example = "ndjson") @QueryParam("format") String format,
                         @Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        String text = Params.blankToNull(q);
        String themeCode = Params.blankToNull(theme);
        UUID partnershipId = Params.uuid("partnership", partnership);
        Instant since = Params.instant("modified_after", modifiedAfter);
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.after(text, themeCode, partnershipId, since, after, size),
                    GlossaryView::id);
        }
        return PageView.ok(service.list(text, themeCode, partnershipId, since, page, perPage), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One term")
    @APIResponse(responseCode = "200", description = "The term")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No such term")
    public GlossaryView get(@Parameter(example = "cdrp") @PathParam("slug") String slug) {
        return service.find(slug).orElseThrow(() -> DomainException.notFound("Glossary term", slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Define a term")
    @APIResponse(responseCode = "201", description = "Defined; Location names it")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The term is already defined")
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public Response create(@Valid @NotNull(message = "send a JSON term") GlossaryRequest request, @Context UriInfo uri) {
        GlossaryView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a term's definition")
    @APIResponse(responseCode = "200", description = "The term as it now is")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such term")
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public GlossaryView update(@Parameter(example = "cdrp") @PathParam("slug") String slug, @Valid @NotNull(message = "send a JSON term") GlossaryRequest request) {
        return service.update(slug, request);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Remove a term", description = "Leaves a tombstone for incremental sync")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such term")
    public Response delete(@Parameter(example = "cdrp") @PathParam("slug") String slug) {
        service.delete(slug);
        return Response.noContent().build();
    }
}
