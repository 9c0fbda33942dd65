package org.partnershiphub.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.SubscriptionService;

import java.util.UUID;

/**
 * The subscriber's own API: subscribe, confirm, ask for a manage link, then manage with it. No accounts,
 * no passwords: the signed links in emails are the credentials.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscribing", description = "Double opt-in by email, management by signed link; no accounts")
public class SubscriptionResource {

    @Schema(name = "Accepted")
    public record Accepted(@Schema(examples = "Check your email") String message) {
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(@NotBlank(message = "token is required") String token) {
    }

    @Schema(name = "ManageLinkRequest")
    public record ManageLinkRequest(@NotBlank(message = "email is required")
                                    @Email(message = "email must be an email address") String email) {
    }

    private static final Accepted CHECK_EMAIL = new Accepted(
            "Check your email: if the address can receive the e-News, a link is on its way");

    private final SubscriptionService service;

    SubscriptionResource(SubscriptionService service) {
        this.service = service;
    }

    @POST
    @Path("subscriptions")
    @Operation(summary = "Subscribe", description = "Sends a confirmation email; nothing else is sent until its link "
            + "is used. Answers the same whether or not the address is known.")
    @APIResponse(responseCode = "202", description = "Confirmation email queued")
    @APIResponse(responseCode = "400", description = "Missing or malformed email or frequency")
    @APIResponse(responseCode = "422", description = "Unknown criteria codes (field named)")
    public Response subscribe(@Valid @NotNull(message = "a JSON body is required") SubscribeRequest request) {
        service.subscribe(request);
        return Response.accepted(CHECK_EMAIL).build();
    }

    @POST
    @Path("subscriptions/confirmation")
    @Operation(summary = "Confirm a subscription with the token from the confirmation email")
    @APIResponse(responseCode = "200", description = "Confirmed; the subscriber and subscriptions")
    @APIResponse(responseCode = "403", description = "Token invalid or expired")
    public SubscriberView confirm(@Valid @NotNull(message = "a JSON body is required") TokenRequest request) {
        return service.confirm(request.token());
    }

    @POST
    @Path("manage-links")
    @Operation(summary = "Email me a manage link", description = "Answers the same whether or not the address is known")
    @APIResponse(responseCode = "202", description = "A link is emailed if the address is subscribed")
    public Response manageLink(@Valid @NotNull(message = "a JSON body is required") ManageLinkRequest request) {
        service.sendManageLink(request.email());
        return Response.accepted(CHECK_EMAIL).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "My address and subscriptions", description = "token: the manage token from an email link")
    @APIResponse(responseCode = "200", description = "The subscriber")
    @APIResponse(responseCode = "403", description = "Token invalid or expired")
    public SubscriberView me(@QueryParam("token") String token) {
        return service.me(token);
    }

    @PUT
    @Path("me/subscriptions/{id}")
    @Operation(summary = "Change one of my subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription as changed")
    @APIResponse(responseCode = "403", description = "Token invalid or expired")
    @APIResponse(responseCode = "404", description = "Not one of this subscriber's subscriptions")
    public SubscriptionView change(@QueryParam("token") String token, @PathParam("id") UUID id,
                                   @Valid @NotNull(message = "a JSON body is required") SubscriptionRequest request) {
        return service.change(token, id, request);
    }

    @DELETE
    @Path("me/subscriptions/{id}")
    @Operation(summary = "Cancel one of my subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription, cancelled")
    public SubscriptionView cancel(@QueryParam("token") String token, @PathParam("id") UUID id) {
        return service.cancel(token, id);
    }

    @DELETE
    @Path("me")
    @Operation(summary = "Erase me", description = "Deletes the address and subscriptions; delivery records keep no address")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "Token invalid or expired")
    public Response erase(@QueryParam("token") String token) {
        service.erase(token);
        return Response.noContent().build();
    }

    @POST
    @Path("unsubscribe")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "One-click unsubscribe (RFC 8058)", description = "token: from the List-Unsubscribe link")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    @APIResponse(responseCode = "403", description = "Token invalid or expired")
    public SubscriberView unsubscribe(@QueryParam("token") String token) {
        return service.unsubscribe(token);
    }
}
