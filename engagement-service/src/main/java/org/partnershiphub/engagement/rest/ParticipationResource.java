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

@Path("/engagements/{id}/participation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participation", description = "Who took part, as counts only, and how that compares with who lives there")
public class ParticipationResource {

    static final String PERSONAL_DATA_EXAMPLE = """
            {"type":"about:blank","status":422,"title":"Looks like personal data",
             "detail":"A key in by_sector looks like an email address; participation takes aggregate counts only, keyed by codes, never names or contact details",
             "field":"by_sector"}""";

    private final ParticipationService service;

    ParticipationResource(ParticipationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Who took part in an engagement", description = "Aggregate counts only; for events, the close report too")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "404", description = "No engagement has this id, or no participation is recorded")
    public ParticipationView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "Participation not found", "No participation is recorded for engagement " + id, null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record who took part",
            description = "Counts by area (GSS code), sector, population group and age band; replaces earlier counts. "
                    + "Keys must be codes: anything that looks like a name, email address, phone number or postcode is refused.")
    @APIResponse(responseCode = "200", description = "The counts as saved")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a field this API does not have, or a count that is not a number")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    @APIResponse(responseCode = "409", description = "The engagement is planned or cancelled")
    @APIResponse(responseCode = "422", description = "A key that looks like personal data or is not a code, or a breakdown larger than the total",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "personal data", value = PERSONAL_DATA_EXAMPLE)))
    public ParticipationView save(@PathParam("id") UUID id,
                                  @Valid @NotNull(message = "send JSON counts") ParticipationRequest request) {
        return service.save(id, request);
    }
}
