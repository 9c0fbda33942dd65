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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.directory.service.AreaService;
import org.partnershiphub.directory.service.DomainException;
import org.partnershiphub.directory.service.InsightService;
import org.partnershiphub.directory.service.MeetingService;

import java.time.Instant;

@Path("/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Places by ONS GSS code: the county, its districts, wards")
public class AreaResource {

    private final AreaService service;
    private final InsightService insights;
    private final MeetingService meetings;
    private final ObjectMapper json;

    AreaResource(AreaService service, InsightService insights, MeetingService meetings, ObjectMapper json) {
        this.service = service;
        this.insights = insights;
        this.meetings = meetings;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Ndjson.MEDIA_TYPE})
    @Operation(summary = "List areas", description = "By GSS code; filters combine with AND")
    @APIResponse(responseCode = "200", description = ApiDoc.LIST_OK)
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    public Response list(@Parameter(description = "county, district, ward or other", example = "district") @QueryParam("type") String type,
                         @Parameter(description = "GSS code of the containing area", example = "E10000011") @QueryParam("parent") String parent,
                         @Parameter(description = "Part of the name", example = "lewes") @QueryParam("q") String q,
                         @Parameter(description = ApiDoc.FORMAT, example = "ndjson") @QueryParam("format") String format,
                         @Parameter(description = ApiDoc.PAGE, example = "1")
                         @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @Parameter(description = ApiDoc.PER_PAGE, example = "20")
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @Context UriInfo uri) {
        String t = Params.oneOf("type", type, "county", "district", "ward", "other");
        String parentCode = Params.blankToNull(parent);
        String text = Params.blankToNull(q);
        if (Params.ndjson(format)) {
            return Ndjson.stream(json, (after, size) -> service.after(t, parentCode, text, after, size), AreaView::code);
        }
        return PageView.ok(service.list(t, parentCode, text, page, perPage), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One area")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    @APIResponse(responseCode = "404", description = "No area has this code")
    public AreaView get(@Parameter(example = "E07000063") @PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> DomainException.notFound("Area", code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add an area", description = "Publishes area.saved")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "An area with this code exists")
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public Response create(@Valid @NotNull(message = "send a JSON area") AreaRequest request, @Context UriInfo uri) {
        AreaView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiDoc.EDITOR, ApiDoc.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change an area", description = "Publishes area.saved")
    @APIResponse(responseCode = "200", description = "The area as it now is")
    @APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiDoc.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiDoc.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No area has this code")
    @APIResponse(responseCode = "422", description = ApiDoc.UNPROCESSABLE)
    public AreaView update(@Parameter(example = "E07000063") @PathParam("code") String code, @Valid @NotNull(message = "send a JSON area") AreaRequest request) {
        return service.update(code, request);
    }

    @GET
    @Path("/{code}/coverage")
    @Operation(summary = "Coverage gaps", description = "Which themes active partnerships serving this area (or an "
            + "area containing it) work on, and which themes no active partnership covers")
    @APIResponse(responseCode = "200", description = "Every theme with the partnerships covering it; gaps lists the uncovered")
    @APIResponse(responseCode = "404", description = "No area has this code")
    public InsightService.Coverage coverage(@Parameter(example = "E07000063") @PathParam("code") String code,
                                            @Parameter(description = "Also count partnerships serving areas inside this one")
                                            @QueryParam("include_sub_areas") @DefaultValue("false") boolean includeSubAreas) {
        return insights.coverage(code, includeSubAreas);
    }

    @GET
    @Path("/{code}/meetings.ics")
    @Produces(Calendar.MEDIA_TYPE)
    @Operation(summary = "iCalendar feed of public meetings in the area", description = "RFC 5545; meetings of "
            + "partnerships serving the area or any area inside it, from 90 days ago onwards")
    @APIResponse(responseCode = "200", description = "text/calendar",
            content = @Content(mediaType = Calendar.MEDIA_TYPE, example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n..."))
    @APIResponse(responseCode = "404", description = "No area has this code")
    public String calendar(@Parameter(example = "E10000011") @PathParam("code") String code) {
        return Calendar.of(meetings.calendarOfArea(code, Instant.now().minusSeconds(90L * 86400)));
    }
}
