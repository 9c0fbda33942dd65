package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.partnershiphub.directory.service.OrganisationService;

import java.time.Instant;
import java.util.UUID;

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Bodies that send people to partnership boards, including duty-to-co-operate partners")
public class OrganisationResource {

    private final OrganisationService service;
    private final ObjectMapper json;

    OrganisationResource(OrganisationService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List organisations", description = "By name; filters combine with AND")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "Sector", example = "voluntary-community") @QueryParam("sector") String sector,
                         @Parameter(description = "Kind of duty-to-co-operate partner", example = "police")
                         @QueryParam("duty_kind") String dutyKind,
                         @Parameter(description = "Full-text search over the name", example = "police") @QueryParam("q") String q,
                         @Parameter(description = ApiDoc.MODIFIED_AFTER, example = "2026-11-01T00:00:00Z")
                         @QueryParam("modified_after") String modifiedAfter,
                         @Parameter(description = ApiDoc.FORMAT, example = "ndjson") @QueryParam("format") String format,
                         @Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        String s = Params.oneOf("sector", sector, OrganisationRequest.SECTORS.split("\\|"));
        String d = Params.oneOf("duty_kind", dutyKind, OrganisationRequest.DUTY_KINDS.split("\\|"));
        String text = Params.blankToNull(q);
        Instant since = Params.instant("modified_after", modifiedAfter);
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.after(s, d, text, since, after, size), OrganisationView::id);
        }
        return PageView.ok(service.list(s, d, text, since, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No organisation has this id")
    public OrganisationView get(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Organisation", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an organisation")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The slug is already in use")
    public Response create(@Valid @NotNull(message = "send a JSON organisation") OrganisationRequest request, @Context UriInfo uri) {
        OrganisationView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change an organisation")
    @APIResponse(responseCode = "200", description = "The organisation as it now is")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No organisation has this id")
    @APIResponse(responseCode = "409", description = "The new slug is already in use")
    public OrganisationView update(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id,
                                   @Valid @NotNull(message = "send a JSON organisation") OrganisationRequest request) {
        return service.update(id, request);
    }
}
