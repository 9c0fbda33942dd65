package org.partnershiphub.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.WebhookService;

import java.util.UUID;

/**
 * Webhooks for automated subscribers. Matching items are POSTed as JSON with
 * {@code X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body with the secret>}. A self-service
 * registrant proves ownership with a GET handshake and afterwards presents the secret in {@code X-Webhook-Secret}.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Items pushed to automated subscribers, signed, retried with backoff")
public class WebhookResource {

    private static final String SECRET_HEADER = "X-Webhook-Secret";

    private final WebhookService service;
    private final SecurityIdentity identity;

    WebhookResource(WebhookService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook", description = "A bulletin editor's registration is active at once. "
            + "Anyone else's callback is first called with GET ?hub.mode=subscribe&hub.topic=…&hub.challenge=… and "
            + "must answer 2xx with the challenge as its body.")
    @APIResponse(responseCode = "201", description = "Registered and active")
    @APIResponse(responseCode = "400", description = "Missing or malformed url or secret")
    @APIResponse(responseCode = "422", description = "The callback did not echo the challenge, or unknown criteria codes")
    public Response register(@Valid @NotNull(message = "a JSON body is required") WebhookRequest request,
                             @Context UriInfo uri) {
        WebhookView created = service.register(request, isEditor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "List webhooks (bulletin-editor)")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.list(page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook", description = "For a bulletin editor, or with the webhook's secret in X-Webhook-Secret")
    @APIResponse(responseCode = "200", description = "The webhook, with why it was disabled if it was")
    @APIResponse(responseCode = "404", description = "Unknown, or neither editor nor secret")
    public WebhookView get(@PathParam("id") UUID id, @HeaderParam(SECRET_HEADER) String secret) {
        return service.get(id, isEditor(), secret);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery health: each item's attempts and outcome", description = "Newest first")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "Unknown, or neither editor nor secret")
    public Response deliveries(@PathParam("id") UUID id, @HeaderParam(SECRET_HEADER) String secret,
                               @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                               @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                               @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.deliveriesOf(id, isEditor(), secret, page, perPage), uri);
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Re-enable a disabled webhook (bulletin-editor)")
    @APIResponse(responseCode = "200", description = "Active again")
    public WebhookView enable(@PathParam("id") UUID id) {
        return service.enable(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a webhook", description = "For a bulletin editor, or with the webhook's secret")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(SECRET_HEADER) String secret) {
        service.delete(id, isEditor(), secret);
        return Response.noContent().build();
    }

    private boolean isEditor() {
        return identity.hasRole(Roles.BULLETIN_EDITOR) || identity.hasRole(Roles.ADMIN);
    }
}
