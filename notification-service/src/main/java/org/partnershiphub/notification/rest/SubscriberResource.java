package org.partnershiphub.notification.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.DomainException;
import org.partnershiphub.notification.service.SubscriptionService;

import java.util.UUID;

/** Subscriber data for the bulletin editor; never public. */
@Path("/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BULLETIN_EDITOR, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "Subscribers", description = "Subscriber administration (bulletin-editor)")
public class SubscriberResource {

    private final SubscriptionService service;

    SubscriberResource(SubscriptionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List subscribers", description = "Newest first")
    @APIResponse(responseCode = "200", description = "A page of subscribers")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Not a bulletin editor")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.list(page, perPage), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a subscriber who has already consented",
            description = "For addresses brought over from the list kept before this service: confirmed at once")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "409", description = "The address is subscribed already")
    public Response importConfirmed(@Valid @NotNull(message = "a JSON body is required") SubscribeRequest request,
                                    @Context UriInfo uri) {
        SubscriberView created = service.importConfirmed(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscriber")
    @APIResponse(responseCode = "200", description = "The subscriber and subscriptions")
    @APIResponse(responseCode = "404", description = "No subscriber has this id")
    public SubscriberView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Subscriber", id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Emails to one subscriber", description = "Newest first")
    @APIResponse(responseCode = "200", description = "A page of delivery records")
    @APIResponse(responseCode = "404", description = "No subscriber has this id")
    public Response deliveries(@PathParam("id") UUID id,
                               @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                               @QueryParam("per_page") @DefaultValue("20") @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                               @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage, @Context UriInfo uri) {
        return PageView.ok(service.deliveriesOf(id, page, perPage), uri);
    }
}
