package org.partnershiphub.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.DomainException;
import org.partnershiphub.engagement.service.OutcomeService;

import java.util.UUID;

@Path("/engagements/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "We asked, you said, we did: feeding back what came of an engagement")
public class OutcomeResource {

    private final OutcomeService service;

    OutcomeResource(OutcomeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "An engagement's outcome", description = "published is false while it is still a draft")
    @APIResponse(responseCode = "200", description = "The outcome")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or it has no outcome yet")
    public OutcomeView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "Outcome not found", "Engagement " + id + " has no outcome yet", null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Write or correct the outcome", description = "Once the engagement has closed")
    @APIResponse(responseCode = "200", description = "The outcome as saved")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation (every action needs an owner and a date)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    @APIResponse(responseCode = "409", description = "The engagement has not closed yet")
    @APIResponse(responseCode = "422", description = "An unknown target")
    public OutcomeView save(@PathParam("id") UUID id, @Valid @NotNull(message = "send a JSON outcome") OutcomeRequest request) {
        return service.save(id, request);
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish the outcome",
            description = "Moves the engagement from closed to outcome-published and publishes outcome.published")
    @APIResponse(responseCode = "200", description = "The published outcome")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    @APIResponse(responseCode = "409", description = "No outcome written yet, or the engagement is not closed")
    public OutcomeView publish(@PathParam("id") UUID id, @Valid PublishRequest request, @Context SecurityContext security) {
        return service.publish(id, request, security.getUserPrincipal().getName());
    }
}
