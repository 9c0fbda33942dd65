package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.directory.service.DomainException;
import org.partnershiphub.directory.service.MembershipService;

import java.util.UUID;

@Path("/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships", description = "Who sits on which partnership, for whom, in which post, and when")
public class MembershipResource {

    private final MembershipService service;
    private final ObjectMapper json;

    MembershipResource(MembershipService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List memberships", description = "By start date; filters combine with AND")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "Partnership id") @QueryParam("partnership") String partnership,
                         @Parameter(description = "Person id") @QueryParam("person") String person,
                         @Parameter(description = "Organisation id") @QueryParam("organisation") String organisation,
                         @Parameter(description = "chair, vice-chair, member, coordinator or supporting-officer", example = "chair")
                         @QueryParam("role") String role,
                         @Parameter(description = "Only memberships current on this day (YYYY-MM-DD)", example = "2026-04-01")
                         @QueryParam("as_at") String asAt,
                         @Parameter(description = ApiDoc.MODIFIED_AFTER, example = "2026-11-01T00:00:00Z")
                         @QueryParam("modified_after") String modifiedAfter,
                         @Parameter(description = ApiDoc.FORMAT, example = "ndjson") @QueryParam("format") String format,
                         @Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        MembershipService.Criteria criteria = new MembershipService.Criteria(Params.uuid("partnership", partnership),
                Params.uuid("person", person), Params.uuid("organisation", organisation),
                Params.oneOf("role", role, "chair", "vice-chair", "member", "coordinator", "supporting-officer"),
                Params.date("as_at", asAt), Params.instant("modified_after", modifiedAfter));
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.after(criteria, after, size), MembershipView::id);
        }
        return PageView.ok(service.list(criteria, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One membership")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No membership has this id")
    public MembershipView get(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Membership", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Start a membership", description = "Publishes membership.started. Dates reversed, or a "
            + "post already held for part of the period, is refused.")
    @APIResponse(responseCode = "201", description = "Started; Location names it")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public Response start(@Valid @NotNull(message = "send a JSON membership") MembershipRequest request, @Context UriInfo uri) {
        MembershipView created = service.start(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "End a membership", description = "Publishes membership.ended")
    @APIResponse(responseCode = "200", description = "The membership with its end date")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No membership has this id")
    @APIResponse(responseCode = "409", description = "Already ends on that day")
    @APIResponse(responseCode = "422", description = "ends_on is before starts_on")
    public MembershipView end(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id,
                              @Valid @NotNull(message = "send {\"ends_on\": \"YYYY-MM-DD\"}") EndMembershipRequest request) {
        return service.end(id, request.endsOn());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Delete a membership recorded by mistake", description = "Leaves a tombstone for incremental sync")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No membership has this id")
    public Response delete(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
