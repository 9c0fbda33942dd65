package org.partnershiphub.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.directory.service.DomainException;
import org.partnershiphub.directory.service.PartnershipService;

import java.util.UUID;

@Path("/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Local Strategic Partnerships and the partnerships under them")
public class PartnershipResource {

    private final PartnershipService service;

    PartnershipResource(PartnershipService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List partnerships", description = "Sorted by name; paged with page and per_page")
    @APIResponse(responseCode = "200", description = "A page of partnerships, with Link headers")
    @APIResponse(responseCode = "400", description = "page or per_page out of range")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        return PageView.ok(service.list(page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One partnership")
    @APIResponse(responseCode = "200", description = "The partnership")
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public PartnershipView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Partnership", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"directory-editor", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a partnership", description = "Publishes partnership.registered")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new partnership")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the directory-editor or admin role")
    @APIResponse(responseCode = "409", description = "The slug is already in use")
    public Response register(@Valid @NotNull(message = "send a JSON partnership") PartnershipRequest request,
                             @Context UriInfo uri) {
        PartnershipView created = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }
}
