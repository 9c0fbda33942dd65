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
import org.partnershiphub.performance.service.ChartService;
import org.partnershiphub.performance.service.MilestoneService;
import org.partnershiphub.performance.service.StatusService;
import org.partnershiphub.performance.service.TargetService;

import java.util.List;
import java.util.UUID;

@Path("/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Versioned targets: baseline, a value per financial year, amber tolerance; and their status")
public class TargetResource {

    private final TargetService service;
    private final StatusService status;
    private final MilestoneService plans;
    private final ChartService charts;
    private final SecurityIdentity identity;

    TargetResource(TargetService service, StatusService status, MilestoneService plans, ChartService charts,
                   SecurityIdentity identity) {
        this.service = service;
        this.status = status;
        this.plans = plans;
        this.charts = charts;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/chart.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The target as a chart (standalone SVG)",
            description = "Actuals coloured by RAG, the trajectory, each year's target and the latest RAG")
    @APIResponse(responseCode = "200", description = "The chart")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public String chart(@PathParam("id") UUID id) {
        return charts.chart(id);
    }

    @GET
    @Operation(summary = "List targets", description = "Filters combine with AND; paged")
    @APIResponse(responseCode = "200", description = "A page of targets, with Link headers")
    public Response list(@QueryParam("agreement_id") UUID agreementId, @QueryParam("indicator_code") String indicator,
                         @QueryParam("area") String area, @QueryParam("lead_partnership_id") UUID lead,
                         @QueryParam("theme") String theme, @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.list(agreementId, indicator, area, lead, theme, page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One target, with its current version and every earlier one")
    @APIResponse(responseCode = "200", description = "The target")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public TargetView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Target", id));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "The target's versions, oldest first: effective date, reason, approving board, figures")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public List<TargetVersionView> versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "RAG per period, direction of travel and projection to the final year",
            description = "Each part carries a method field saying how it was computed")
    @APIResponse(responseCode = "200", description = "The status")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public TargetStatusView status(@PathParam("id") UUID id) {
        return status.status(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Set a target", description = "Publishes target.set")
    @APIResponse(responseCode = "201", description = "Set; Location names it")
    @APIResponse(responseCode = "400", description = "Malformed JSON, a bad field, an unknown theme or a badly written period")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the performance-officer or admin role")
    @APIResponse(responseCode = "409", description = "The agreement already has a target for this indicator and area")
    @APIResponse(responseCode = "422", description = "Unknown agreement, indicator or partnership, or a year outside the agreement")
    public Response create(@Valid @NotNull(message = "send a JSON target") TargetRequest request, @Context UriInfo uri) {
        TargetView created = service.create(request, Callers.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Revise a target", description = "Adds a version effective from a date; publishes target.revised")
    @APIResponse(responseCode = "200", description = "The target with its new version")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a bad field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the performance-officer or admin role")
    @APIResponse(responseCode = "404", description = "No target has this id")
    @APIResponse(responseCode = "422", description = "A year outside the agreement")
    public TargetView revise(@PathParam("id") UUID id,
                             @Valid @NotNull(message = "send a JSON revision") TargetRevisionRequest request) {
        return service.revise(id, request, Callers.of(identity));
    }

    @GET
    @Path("/{id}/milestones")
    @Operation(summary = "The target's milestones, by due date", description = "overdue: past due and not completed")
    @APIResponse(responseCode = "200", description = "The milestones")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public List<MilestoneView> milestones(@PathParam("id") UUID id) {
        return plans.milestones(id);
    }

    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a milestone", description = "Once past due and not completed, milestone.overdue is published once")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a bad field")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public Response addMilestone(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "send a JSON milestone") MilestoneRequest request,
                                 @Context UriInfo uri) {
        MilestoneView created = plans.addMilestone(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}/milestones/{milestone}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Update a milestone (e.g. mark it completed)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such milestone on this target")
    public MilestoneView updateMilestone(@PathParam("id") UUID id, @PathParam("milestone") UUID milestone,
                                         @Valid @NotNull(message = "send a JSON milestone") MilestoneRequest request) {
        return plans.updateMilestone(id, milestone, request);
    }

    @GET
    @Path("/{id}/risks")
    @Operation(summary = "The target's risks", description = "score = likelihood × impact; 15 or more is high")
    @APIResponse(responseCode = "200", description = "The risks")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public List<RiskView> risks(@PathParam("id") UUID id) {
        return plans.risks(id);
    }

    @POST
    @Path("/{id}/risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add a risk")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a bad field (likelihood and impact are 1 to 5)")
    @APIResponse(responseCode = "404", description = "No target has this id")
    public Response addRisk(@PathParam("id") UUID id, @Valid @NotNull(message = "send a JSON risk") RiskRequest request,
                            @Context UriInfo uri) {
        RiskView created = plans.addRisk(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}/risks/{risk}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"performance-officer", "admin"})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Update a risk")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such risk on this target")
    public RiskView updateRisk(@PathParam("id") UUID id, @PathParam("risk") UUID risk,
                               @Valid @NotNull(message = "send a JSON risk") RiskRequest request) {
        return plans.updateRisk(id, risk, request);
    }
}
