package org.partnershiphub.engagement.rest;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.domain.EngagementKind;
import org.partnershiphub.engagement.domain.EngagementStatus;
import org.partnershiphub.engagement.repository.EngagementRepository;
import org.partnershiphub.engagement.service.DomainException;
import org.partnershiphub.engagement.service.EngagementService;
import org.partnershiphub.engagement.service.Vocabulary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/engagements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements", description = "Consultations, surveys, meetings, workshops, conferences and forums, and their lifecycle")
public class EngagementResource {

    static final String CONFLICT_EXAMPLE = """
            {"type":"about:blank","status":409,"title":"Transition not allowed",
             "detail":"An engagement that is planned cannot move to closed; it can move to open or cancelled",
             "field":"status","current_status":"planned","allowed_transitions":["open","cancelled"]}""";
    static final String UNPROCESSABLE_EXAMPLE = """
            {"type":"about:blank","status":422,"title":"Unknown partnership",
             "detail":"No partnership 3f1b6a52-3c55-4a64-9b67-0d5a8c1e2f10 is known from the directory; use the id of a registered partnership",
             "field":"partnership_ids"}""";

    private final EngagementService service;

    EngagementResource(EngagementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Search engagements",
            description = "Keyword search (PostgreSQL full text over title and summary, best match first) combined "
                    + "with status, kind, area, theme, audience, organising partnership and a date range (engagements "
                    + "running at any time within it). Paged with page and per_page; Link headers give first/prev/next/last.")
    @APIResponse(responseCode = "200", description = "A page of engagements")
    @APIResponse(responseCode = "400", description = "A query parameter that cannot be read, or an unknown status, kind, theme or audience")
    public Response search(
            @Parameter(description = "Keywords; quotes and - work as in a web search", example = "community strategy")
            @QueryParam("q") String q,
            @Parameter(example = "open") @QueryParam("status") String status,
            @Parameter(example = "consultation") @QueryParam("kind") String kind,
            @Parameter(description = "ONS GSS code", example = "E07000063") @QueryParam("area") String area,
            @Parameter(example = "housing") @QueryParam("theme") String theme,
            @Parameter(example = "older-people") @QueryParam("audience") String audience,
            @Parameter(description = "Organising partnership id") @QueryParam("partnership") String partnership,
            @Parameter(description = "Running on or after this date", example = "2008-01-01") @QueryParam("from") String from,
            @Parameter(description = "Running on or before this date", example = "2008-12-31") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
            @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
            @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
            @Context UriInfo uri) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        EngagementRepository.Filter filter = new EngagementRepository.Filter(QueryParams.text(q),
                QueryParams.code(status, "status", Arrays.stream(EngagementStatus.values()).map(EngagementStatus::code).toList()),
                QueryParams.code(kind, "kind", Arrays.stream(EngagementKind.values()).map(EngagementKind::code).toList()),
                QueryParams.area(area, "area"), QueryParams.code(theme, "theme", Vocabulary.THEMES),
                QueryParams.code(audience, "audience", Vocabulary.AUDIENCES.keySet()),
                QueryParams.uuid(partnership, "partnership"), QueryParams.startOf(fromDate), QueryParams.endOf(toDate));
        return PageView.ok(service.search(filter, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One engagement, with its status history")
    @APIResponse(responseCode = "200", description = "The engagement")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public EngagementView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Engagement", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record a planned engagement",
            description = "Starts as planned and publishes engagement.scheduled. The response's clash_warnings list "
                    + "other engagements at the same time, in the same area, for the same audience or theme.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new engagement")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "422", description = "An unknown partnership, target, theme, audience or area code",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "unknown partnership", value = UNPROCESSABLE_EXAMPLE)))
    public Response create(@Valid @NotNull(message = "send a JSON engagement") EngagementRequest request,
                           @Context SecurityContext security, @Context UriInfo uri) {
        EngagementView created = service.create(request, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Move an engagement along its lifecycle",
            description = "planned → open → closed → outcome-published (by publishing the outcome); planned or open → "
                    + "cancelled. Opening a consultation or survey publishes consultation.opened (with clash_warnings in "
                    + "the response); closing one publishes consultation.closed and sets the feedback due date.")
    @APIResponse(responseCode = "200", description = "The engagement in its new status")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed ones",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "illegal transition", value = CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Not a status")
    public EngagementView transition(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "send a JSON transition") TransitionRequest request,
                                     @Context SecurityContext security) {
        return service.transition(id, request, security.getUserPrincipal().getName());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Status history", description = "Every status change: from, to, when and by whom")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public List<StatusChangeView> history(@PathParam("id") UUID id) {
        return service.statusHistory(id);
    }

    @PUT
    @Path("/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"engagement-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Set the LAA targets and themes an engagement informs")
    @APIResponse(responseCode = "200", description = "The engagement with its new links")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field that fails validation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the engagement-officer or admin role")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    @APIResponse(responseCode = "422", description = "An unknown target or theme")
    public EngagementView link(@PathParam("id") UUID id,
                               @Valid @NotNull(message = "send target_ids and themes") LinksRequest request) {
        return service.link(id, request);
    }

    @GET
    @Path("/{id}/clashes")
    @Operation(summary = "Engagements clashing with this one",
            description = "Others (not cancelled) overlapping it in time, in at least one of its areas, with an audience or theme in common")
    @APIResponse(responseCode = "200", description = "The clashes, soonest first")
    @APIResponse(responseCode = "404", description = "No engagement has this id")
    public List<ClashView> clashes(@PathParam("id") UUID id) {
        return service.clashesOf(id);
    }
}
