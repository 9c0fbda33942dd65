package org.partnershiphub.performance.rest;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.performance.service.DomainException;
import org.partnershiphub.performance.service.AgreementService;

import java.util.UUID;

@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Local Area Agreements")
public class AgreementResource {

    private final AgreementService service;

    AgreementResource(AgreementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List agreements", description = "Sorted by name; paged")
    @APIResponse(responseCode = "200", description = "A page of agreements, with Link headers")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.list(page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agreement")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "404", description = "No agreement has this id")
    public AgreementView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Agreement", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an agreement")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a bad field or a period not written like 2008-09")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the performance-officer or admin role")
    @APIResponse(responseCode = "409", description = "The name is in use")
    public Response create(@Valid @NotNull(message = "send a JSON agreement") AgreementRequest request, @Context UriInfo uri) {
        AgreementView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
