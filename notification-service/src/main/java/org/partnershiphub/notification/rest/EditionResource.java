package org.partnershiphub.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.DomainException;
import org.partnershiphub.notification.service.EditionService;
import org.partnershiphub.notification.service.MailComposer;

import java.time.Instant;
import java.util.UUID;

@Path("/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "The monthly e-News: public archive and next draft; editing needs bulletin-editor")
public class EditionResource {

    @Schema(name = "SendRequest")
    public record SendRequest(@Schema(description = "When to send; now if left out") Instant sendAt) {
    }

    private final EditionService service;
    private final MailComposer composer;
    private final SecurityIdentity identity;

    EditionResource(EditionService service, MailComposer composer, SecurityIdentity identity) {
        this.service = service;
        this.composer = composer;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Archive of sent editions", description = "Newest first")
    @APIResponse(responseCode = "200", description = "A page of sent editions")
    public Response archive(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                            @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                            @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.archive(page, perPage), uri);
    }

    @GET
    @Path("/next")
    @Operation(summary = "The next edition as drafted so far", description = "For automated subscribers; public")
    @APIResponse(responseCode = "200", description = "The current month's edition")
    public EditionView next() {
        return service.next();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One edition", description = "Sent editions are public; drafts need bulletin-editor")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "No (visible) edition has this id")
    public EditionView get(@PathParam("id") UUID id) {
        return service.find(id, isEditor()).orElseThrow(() -> DomainException.notFound("Edition", id));
    }

    @GET
    @Path("/month/{month}")
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The edition of a month (YYYY-MM), whatever its status")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "No edition for this month")
    public EditionView ofMonth(@PathParam("month") String month) {
        return service.ofMonth(month).orElseThrow(() -> DomainException.notFound("Edition", month));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Edit title, editorial, items and their order", description = "Takes an approved edition back to draft")
    @APIResponse(responseCode = "200", description = "The edition as changed")
    @APIResponse(responseCode = "409", description = "Already sent")
    @APIResponse(responseCode = "422", description = "An unknown item (field items)")
    public EditionView update(@PathParam("id") UUID id,
                              @Valid @NotNull(message = "a JSON body is required") EditionUpdate update) {
        return service.update(id, update);
    }

    @GET
    @Path("/{id}/preview")
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Preview as HTML, plain text or JSON (by Accept)", description = "Shows every included item; "
            + "each subscriber gets those matching their criteria")
    @APIResponse(responseCode = "200", description = "The preview")
    public Response preview(@PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        EditionView edition = service.find(id, true).orElseThrow(() -> DomainException.notFound("Edition", id));
        if (accept != null && accept.contains(MediaType.TEXT_HTML)) {
            return Response.ok(composer.preview(true, edition.title(), edition.editorial(), edition.items()),
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (accept != null && accept.contains(MediaType.TEXT_PLAIN)) {
            return Response.ok(composer.preview(false, edition.title(), edition.editorial(), edition.items()),
                    MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(edition, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Sending progress: emails of this edition by status")
    @APIResponse(responseCode = "200", description = "e.g. {\"queued\": 120, \"sent\": 9880}")
    public java.util.Map<String, Long> progress(@PathParam("id") UUID id) {
        return service.progress(id);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Approve the edition as it stands")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "409", description = "Already sent")
    public EditionView approve(@PathParam("id") UUID id) {
        return service.approve(id);
    }

    @POST
    @Path("/{id}/sending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Send an approved edition now or at a time", description = "To monthly subscribers, each "
            + "getting the items matching their criteria plus the editorial")
    @APIResponse(responseCode = "202", description = "Scheduled")
    @APIResponse(responseCode = "409", description = "Not approved")
    public Response send(@PathParam("id") UUID id, SendRequest request) {
        return Response.accepted(service.schedule(id, request == null ? null : request.sendAt())).build();
    }

    private boolean isEditor() {
        return identity.hasRole(Roles.BULLETIN_EDITOR) || identity.hasRole(Roles.ADMIN);
    }
}
