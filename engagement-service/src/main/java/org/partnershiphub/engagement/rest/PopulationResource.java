package org.partnershiphub.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.DomainException;
import org.partnershiphub.engagement.service.ParticipationService;

import java.time.LocalDate;
import java.util.UUID;

@Path("/reference-populations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference populations", description = "Shares of each area's residents by group, to compare participation with")
public class PopulationResource {

    private final ParticipationService service;

    PopulationResource(ParticipationService service) {
        this.service = service;
    }

    @GET
    @Path("/{area}")
    @Operation(summary = "An area's reference population shares")
    @APIResponse(responseCode = "200", description = "The shares, by dimension and group")
    @APIResponse(responseCode = "404", description = "None loaded for this area")
    public PopulationView population(@Parameter(example = "E07000063") @PathParam("area") String area) {
        return service.population(area).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "Reference population not found", "No reference population is loaded for " + area, null));
    }

    @PUT
    @Path("/{area}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Load an area's reference population shares", description = "Replaces whatever was loaded for the area")
    @APIResponse(responseCode = "200", description = "The shares as saved")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "422", description = "Not an area code, an unknown dimension, or a share outside 0–1")
    public PopulationView savePopulation(@Parameter(example = "E07000063") @PathParam("area") String area,
                                         @Valid @NotNull(message = "send the shares") PopulationRequest request) {
        return service.savePopulation(area, request);
    }
}
