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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.directory.domain.PartnershipType;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.service.DomainException;
import org.partnershiphub.directory.service.InsightService;
import org.partnershiphub.directory.service.MeetingService;
import org.partnershiphub.directory.service.PartnershipService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Local Strategic Partnerships and the partnerships under them")
public class PartnershipResource {

    private final PartnershipService service;
    private final InsightService insights;
    private final MeetingService meetings;
    private final ObjectMapper json;

    PartnershipResource(PartnershipService service, InsightService insights, MeetingService meetings, ObjectMapper json) {
        this.service = service;
        this.insights = insights;
        this.meetings = meetings;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List partnerships", description = "Filters combine with AND. Sorted by name, or by relevance "
            + "when q is given, unless sort says otherwise.")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "429", description = ApiDoc.TOO_MANY)
    public Response list(
            @Parameter(description = "GSS code of an area served", example = "E07000063") @QueryParam("area") String area,
            @Parameter(description = "With area: also partnerships serving any area inside it", example = "true")
            @QueryParam("include_sub_areas") @DefaultValue("false") boolean includeSubAreas,
            @Parameter(description = "Theme code", example = "community-safety") @QueryParam("theme") String theme,
            @Parameter(description = "Partnership type", example = "district-lsp",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"county-lsp", "district-lsp",
                            "area-sub-partnership", "thematic-partnership", "other"}))
            @QueryParam("type") String type,
            @Parameter(description = "active or dissolved (as at as_at when given)", example = "active")
            @QueryParam("status") String status,
            @Parameter(description = "Full-text search over names, vision and priorities", example = "affordable housing")
            @QueryParam("q") String q,
            @Parameter(description = "Only statutory (true) or non-statutory (false) partnerships", example = "true")
            @QueryParam("statutory") Boolean statutory,
            @Parameter(description = "Only partnerships directly under this one") @QueryParam("parent") String parent,
            @Parameter(description = "name, -name, updated_at, -updated_at, established_on, -established_on, type, -type",
                    example = "-updated_at") @QueryParam("sort") String sort,
            @Parameter(description = ApiDoc.MODIFIED_AFTER, example = "2026-11-01T00:00:00Z")
            @QueryParam("modified_after") String modifiedAfter,
            @Parameter(description = ApiDoc.AS_AT, example = "2009-04-01") @QueryParam("as_at") String asAt,
            @Parameter(description = ApiDoc.FORMAT, example = "ndjson") @QueryParam("format") String format,
            @Parameter(description = ApiDoc.PAGE, example = "1")
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
            @Parameter(description = ApiDoc.PER_PAGE, example = "20")
            @QueryParam("per_page") @DefaultValue("20")
            @Min(value = 1, message = PageView.PER_PAGE_MESSAGE) @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
            @Context UriInfo uri) {
        String typeName = Params.oneOf("type", type, "county-lsp", "district-lsp", "area-sub-partnership",
                "thematic-partnership", "other");
        PartnershipRepository.Criteria criteria = new PartnershipRepository.Criteria(Params.blankToNull(area),
                includeSubAreas, Params.blankToNull(theme), typeName == null ? null : PartnershipType.fromCode(typeName).name(),
                Params.oneOf("status", status, "active", "dissolved"), Params.blankToNull(q), statutory,
                Params.uuid("parent", parent), Params.instant("modified_after", modifiedAfter),
                Params.date("as_at", asAt), sort(sort), null);
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.after(criteria, after, size), PartnershipView::id);
        }
        return PageView.ok(service.list(criteria, page, perPage), uri);
    }

    @GET
    @Path("/hierarchy")
    @Operation(summary = "The partnership tree", description = "County LSPs, district LSPs and the partnerships under "
            + "them; with as_at, only partnerships that existed that day, with their status then")
    @APIResponse(responseCode = "200", description = "The roots of the tree, each with its children")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public List<PartnershipService.Node> hierarchy(
            @Parameter(description = ApiDoc.AS_AT, example = "2009-04-01") @QueryParam("as_at") String asAt) {
        return service.hierarchy(Params.date("as_at", asAt));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One partnership")
    @APIResponse(responseCode = "200", description = "The partnership")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No partnership has this id (or it did not exist on as_at)")
    public PartnershipView get(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id,
                               @Parameter(description = ApiDoc.AS_AT, example = "2009-04-01") @QueryParam("as_at") String asAt) {
        return service.find(id, Params.date("as_at", asAt)).orElseThrow(() -> DomainException.notFound("Partnership", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a partnership", description = "Publishes partnership.registered")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new partnership")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The slug is already in use")
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public Response register(@Valid @NotNull(message = "send a JSON partnership") PartnershipRequest request,
                             @Context UriInfo uri) {
        PartnershipView created = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a partnership", description = "Replaces its details; publishes partnership.updated. "
            + "A parent that would make a cycle is refused.")
    @APIResponse(responseCode = "200", description = "The partnership as it now is")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    @APIResponse(responseCode = "409", description = "The new slug is already in use")
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public PartnershipView update(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id,
                                  @Valid @NotNull(message = "send a JSON partnership") PartnershipRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Dissolve a partnership", description = "Publishes partnership.dissolved")
    @APIResponse(responseCode = "200", description = "The partnership, now dissolved")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    @APIResponse(responseCode = "409", description = "Already dissolved")
    @APIResponse(responseCode = "422", description = "Dissolved before it was established")
    public PartnershipView dissolve(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id,
                                    @Valid @NotNull(message = "send {\"dissolved_on\": \"YYYY-MM-DD\"}") DissolveRequest request) {
        return service.dissolve(id, request.dissolvedOn());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ApiDoc.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Delete a partnership entered by mistake",
            description = "Only one without members, meetings or partnerships under it; otherwise dissolve it. "
                    + "Leaves a tombstone for incremental sync.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Only admin may delete")
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    @APIResponse(responseCode = "409", description = "It has history; dissolve it instead")
    public Response delete(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/posts")
    @Operation(summary = "The seats the board expects")
    @APIResponse(responseCode = "200", description = "Posts, with the sector each should come from")
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public List<PostView> posts(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return service.posts(id);
    }

    @POST
    @Path("/{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a post (seat) to the board")
    @APIResponse(responseCode = "201", description = "The post")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public Response addPost(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id, @Valid @NotNull(message = "send a JSON post") PostRequest request) {
        return Response.status(201).entity(service.addPost(id, request)).build();
    }

    @GET
    @Path("/{id}/accountabilities")
    @Operation(summary = "Who is accountable for what", description = "The LAA targets this partnership leads or "
            + "contributes to, with their latest status, from performance-service events. Empty until such events exist.")
    @APIResponse(responseCode = "200", description = "Targets led first")
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public List<InsightService.AccountabilityView> accountabilities(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return insights.accountabilities(id);
    }

    @GET
    @Path("/{id}/representation")
    @Operation(summary = "Representation on the board", description = "Filled and vacant posts, and the sectors of "
            + "current members compared with the sectors the posts expect")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public InsightService.Representation representation(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id,
            @Parameter(description = "Compare as at this day rather than today", example = "2026-04-01")
            @QueryParam("as_at") String asAt) {
        return insights.representation(id, Params.date("as_at", asAt));
    }

    @GET
    @Path("/{id}/meetings.ics")
    @Produces(Calendar.MEDIA_TYPE)
    @Operation(summary = "iCalendar feed of the partnership's public meetings", description = "RFC 5545; meetings "
            + "from 90 days ago onwards; cancelled ones are marked CANCELLED")
    @APIResponse(responseCode = "200", description = "text/calendar",
            content = @Content(mediaType = Calendar.MEDIA_TYPE, example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n..."))
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public String calendar(@Parameter(description = "The id (UUID)", example = "3f2b8c1e-7d4a-4c1b-9e2f-5a6b7c8d9e01") @PathParam("id") UUID id) {
        return Calendar.of(meetings.calendarOfPartnership(id, Instant.now().minusSeconds(90L * 86400)));
    }

    private static String sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        if (!PartnershipRepository.sorts().contains(sort)) {
            throw DomainException.badRequest("Invalid sort", "sort must be one of "
                    + String.join(", ", PartnershipRepository.sorts().stream().sorted().toList()), "sort");
        }
        return sort;
    }
}
