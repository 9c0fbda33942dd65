package org.partnershiphub.engagement.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.DomainException;
import org.partnershiphub.engagement.service.ReadModelService;

import java.util.UUID;

@Path("/known")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Known partnerships and targets",
        description = "What this service has heard from the directory and performance-service; ids that organise or link engagements must be here")
public class ReadModelResource {

    private final ReadModelService readModels;

    ReadModelResource(ReadModelService readModels) {
        this.readModels = readModels;
    }

    @GET
    @Path("/partnerships/{id}")
    @Operation(summary = "A partnership this service knows", description = "404 until directory.events has told it about the partnership")
    @APIResponse(responseCode = "200", description = "The partnership as last announced")
    @APIResponse(responseCode = "404", description = "Not (yet) known here")
    public KnownPartnershipView partnership(@PathParam("id") UUID id) {
        return readModels.partnership(id).orElseThrow(() -> DomainException.notFound("Partnership", id));
    }

    @GET
    @Path("/areas/{code}")
    @Operation(summary = "An area this service knows, with the areas containing it",
            description = "404 until directory.events has told it about the area")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "404", description = "Not (yet) known here")
    public KnownAreaView area(@PathParam("code") String code) {
        return readModels.area(code).orElseThrow(() -> DomainException.notFound("Area", code));
    }

    @GET
    @Path("/targets/{id}")
    @Operation(summary = "An LAA target this service knows", description = "404 until performance.events has told it about the target")
    @APIResponse(responseCode = "200", description = "The target as last announced")
    @APIResponse(responseCode = "404", description = "Not (yet) known here")
    public KnownTargetView target(@PathParam("id") UUID id) {
        return readModels.target(id).orElseThrow(() -> DomainException.notFound("Target", id));
    }
}
