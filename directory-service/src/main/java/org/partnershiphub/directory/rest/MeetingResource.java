package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.partnershiphub.directory.service.MeetingService;

import java.util.UUID;

@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Partnership meetings with agendas and documents; iCal feeds under partnerships and areas")
public class MeetingResource {

    private final MeetingService service;
    private final ObjectMapper json;

    MeetingResource(MeetingService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List meetings", description = "By start time; filters combine with AND")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "Partnership id") @QueryParam("partnership") String partnership,
                         @Parameter(description = "GSS code: meetings of partnerships serving this area", example = "E07000063")
                         @QueryParam("area") String area,
                         @Parameter(description = "With area: also partnerships serving areas inside it")
                         @QueryParam("include_sub_areas") @DefaultValue("false") boolean includeSubAreas,
                         @Parameter(description = "scheduled, cancelled or held", example = "scheduled") @QueryParam("status") String status,
                         @Parameter(description = "Only public (true) or private (false) meetings", example = "true")
                         @QueryParam("public") Boolean isPublic,
                         @Parameter(description = "Meetings ending at or after this instant or date", example = "2026-12-01")
                         @QueryParam("from") String from,
                         @Parameter(description = "Meetings starting before this instant or date", example = "2027-01-01")
                         @QueryParam("to") String to,
                         @Parameter(description = ApiDoc.MODIFIED_AFTER, example = "2026-11-01T00:00:00Z")
                         @QueryParam("modified_after") String modifiedAfter,
                         @Parameter(description = ApiDoc.FORMAT, example = "ndjson") @QueryParam("format") String format,
                         @Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        MeetingService.Criteria criteria = new MeetingService.Criteria(Params.uuid("partnership", partnership),
                Params.blankToNull(area), includeSubAreas, Params.oneOf("status", status, "scheduled", "cancelled", "held"),
                isPublic, Params.instant("from", from), Params.instant("to", to),
                Params.instant("modified_after", modifiedAfter));
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.after(criteria, after, size), MeetingView::id);
        }
        return PageView.ok(service.list(criteria, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting")
    @APIResponse(responseCode = "200", description = "The meeting with its agenda and documents")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    public MeetingView get(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Meeting", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Schedule a meeting", description = "Publishes meeting.scheduled")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names it")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public Response schedule(@Valid @NotNull(message = "send a JSON meeting") MeetingRequest request, @Context UriInfo uri) {
        MeetingView created = service.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Cancel a meeting", description = "Publishes meeting.cancelled")
    @APIResponse(responseCode = "200", description = "The meeting, now cancelled")
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "409", description = "The meeting is not scheduled (already cancelled or held)")
    public MeetingView cancel(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.cancel(id);
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record that a meeting took place")
    @APIResponse(responseCode = "200", description = "The meeting, now held")
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "409", description = "The meeting is not scheduled")
    public MeetingView held(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.markHeld(id);
    }
}
