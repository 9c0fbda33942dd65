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
import org.partnershiphub.performance.service.IndicatorService;

@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Measures such as the National Indicators (NI 154 …)")
public class IndicatorResource {

    private final IndicatorService service;

    IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List indicators", description = "Sorted by code; paged")
    @APIResponse(responseCode = "200", description = "A page of indicators, with Link headers")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.list(page, perPage), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One indicator", description = "Codes contain spaces: NI%20154")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No indicator has this code")
    public IndicatorView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> DomainException.notFound("Indicator", code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an indicator")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the performance-officer or admin role")
    @APIResponse(responseCode = "409", description = "The code is in use")
    public Response create(@Valid @NotNull(message = "send a JSON indicator") IndicatorRequest request, @Context UriInfo uri) {
        IndicatorView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }
}
