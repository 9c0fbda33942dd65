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
import org.partnershiphub.performance.service.ValueService;

import java.util.List;
import java.util.UUID;

@Path("/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Values", description = "Figures per indicator, area and period, with their full change history")
public class ValueResource {

    private final ValueService service;
    private final SecurityIdentity identity;

    ValueResource(ValueService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List values", description = "Filters combine with AND; paged")
    @APIResponse(responseCode = "200", description = "A page of values, with Link headers")
    @APIResponse(responseCode = "400", description = "The period is not written like 2009-10 or 2009-10-Q2")
    public Response list(@QueryParam("indicator_code") String indicator, @QueryParam("area") String area,
                         @QueryParam("period") String period, @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.list(indicator, area, period, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One value")
    @APIResponse(responseCode = "200", description = "The value")
    @APIResponse(responseCode = "404", description = "No value has this id")
    public ValueView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Value", id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change of the value, oldest first: who, when, why")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No value has this id")
    public List<ValueChangeView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record a value", description = "Publishes value.recorded, and target.status-changed if a RAG changes")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a bad field, or a period not written like 2009-10 / 2009-10-Q1")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the role, or the period is locked and the caller is not admin")
    @APIResponse(responseCode = "409", description = "A value for this indicator, area and period exists")
    @APIResponse(responseCode = "422", description = "Unknown indicator or area, or a locked period without a reason")
    public Response record(@Valid @NotNull(message = "send a JSON value") ValueRequest request, @Context UriInfo uri) {
        ValueView created = service.record(request, Callers.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Correct a value", description = "Keeps the change in the history; publishes value.revised")
    @APIResponse(responseCode = "200", description = "The corrected value")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a bad field (the reason is required)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the role, or the period is locked and the caller is not admin")
    @APIResponse(responseCode = "404", description = "No value has this id")
    public ValueView revise(@PathParam("id") UUID id,
                            @Valid @NotNull(message = "send a JSON value") ValueRevisionRequest request) {
        return service.revise(id, request, Callers.of(identity));
    }
}
