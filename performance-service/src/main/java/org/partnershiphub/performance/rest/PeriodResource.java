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
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.service.PeriodLockService;

import java.util.List;

@Path("/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periods", description = "Locking closed periods: their values then change only by an admin with a reason")
public class PeriodResource {

    @Schema(name = "PeriodLockRequest")
    public record LockRequest(@Schema(examples = "Year-end return submitted to GOSE")
                              @NotBlank(message = "give the reason for locking the period") String reason) {
    }

    private final PeriodLockService service;
    private final SecurityIdentity identity;

    PeriodResource(PeriodLockService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/locks")
    @Operation(summary = "Locked periods")
    @APIResponse(responseCode = "200", description = "Every lock")
    public List<PeriodLockView> locks() {
        return service.list();
    }

    @POST
    @Path("/{period}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Lock a period")
    @APIResponse(responseCode = "201", description = "Locked")
    @APIResponse(responseCode = "400", description = "The period is not written like 2009-10 or 2009-10-Q2, or no reason")
    @APIResponse(responseCode = "409", description = "Locked already")
    public Response lock(@PathParam("period") String period,
                         @Valid @NotNull(message = "send a JSON object with the reason") LockRequest request) {
        return Response.status(201).entity(service.lock(period, request.reason(), Callers.of(identity))).build();
    }

    @DELETE
    @Path("/{period}/lock")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Unlock a period (admin)")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @APIResponse(responseCode = "403", description = "Only an admin may unlock")
    @APIResponse(responseCode = "404", description = "The period is not locked")
    public Response unlock(@PathParam("period") String period) {
        service.unlock(period);
        return Response.noContent().build();
    }
}
