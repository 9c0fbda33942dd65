package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.performance.service.DirectoryReadModel;
import org.partnershiphub.performance.service.DomainException;

import java.util.UUID;

@Path("/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "The partnerships this service knows from directory.events (read-only)")
public class PartnershipResource {

    private final DirectoryReadModel readModel;

    PartnershipResource(DirectoryReadModel readModel) {
        this.readModel = readModel;
    }

    @GET
    @Operation(summary = "Partnerships known here", description = "Sorted by name; paged")
    @APIResponse(responseCode = "200", description = "A page of partnerships")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        return PageView.ok(readModel.list(page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One partnership known here")
    @APIResponse(responseCode = "200", description = "The partnership")
    @APIResponse(responseCode = "404", description = "Not (yet) known from the directory")
    public PartnershipView get(@PathParam("id") UUID id) {
        return readModel.find(id).orElseThrow(() -> DomainException.notFound("Partnership", id));
    }
}
