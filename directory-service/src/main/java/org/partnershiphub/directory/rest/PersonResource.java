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

@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Board members by name and public role only; contact details are never published")
public class PersonResource {

    private final OrganisationService service;
    private final ObjectMapper json;

    PersonResource(OrganisationService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List people", description = "Name and public role only")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "Part of the name", example = "example") @QueryParam("q") String q,
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
        Instant since = Params.instant("modified_after", modifiedAfter);
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.peopleAfter(text, since, after, size), PersonView::id);
        }
        return PageView.ok(service.people(text, since, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One person", description = "Name and public role only")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No person has this id")
    public PersonView get(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.person(id).orElseThrow(() -> DomainException.notFound("Person", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a person", description = "email and phone are stored for coordinators but never returned")
    @APIResponse(responseCode = "201", description = "Added; the response shows name and public role only")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    public Response create(@Valid @NotNull(message = "send a JSON person") PersonRequest request, @Context UriInfo uri) {
        PersonView created = service.createPerson(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a person")
    @APIResponse(responseCode = "200", description = "The person as they now are (name and public role)")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No person has this id")
    public PersonView update(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id, @Valid @NotNull(message = "send a JSON person") PersonRequest request) {
        return service.updatePerson(id, request);
    }
}
