package org.partnershiphub.notification.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.partnershiphub.notification.rest.SubscribeRequest;
import org.partnershiphub.notification.rest.SubscriberView;
import org.partnershiphub.notification.service.Criteria;
import org.partnershiphub.notification.service.DomainException;
import org.partnershiphub.notification.service.EditionService;
import org.partnershiphub.notification.service.ItemService;
import org.partnershiphub.notification.service.SubscriptionService;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The reader's pages, rendered on the server with plain HTML forms: they work without JavaScript.
 * Links from emails land here; a bad or expired link gets a page offering a new one, never an error dump.
 */
@Path("/e-news")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages", description = "Subscribe, confirm, manage, unsubscribe and the edition archive, as HTML")
public class PageResource {

    private final SubscriptionService subscriptions;
    private final ItemService items;
    private final EditionService editions;
    private final Validator validator;
    private final Template subscribe;
    private final Template checkEmail;
    private final Template confirmed;
    private final Template badLink;
    private final Template manageRequest;
    private final Template manage;
    private final Template unsubscribe;
    private final Template done;
    private final Template editionList;
    private final Template edition;

    PageResource(SubscriptionService subscriptions, ItemService items, EditionService editions, Validator validator,
                 @Location("pages/subscribe.html") Template subscribe,
                 @Location("pages/check-email.html") Template checkEmail,
                 @Location("pages/confirmed.html") Template confirmed,
                 @Location("pages/bad-link.html") Template badLink,
                 @Location("pages/manage-request.html") Template manageRequest,
                 @Location("pages/manage.html") Template manage,
                 @Location("pages/unsubscribe.html") Template unsubscribe,
                 @Location("pages/done.html") Template done,
                 @Location("pages/editions.html") Template editionList,
                 @Location("pages/edition.html") Template edition) {
        this.subscriptions = subscriptions;
        this.items = items;
        this.editions = editions;
        this.validator = validator;
        this.subscribe = subscribe;
        this.checkEmail = checkEmail;
        this.confirmed = confirmed;
        this.badLink = badLink;
        this.manageRequest = manageRequest;
        this.manage = manage;
        this.unsubscribe = unsubscribe;
        this.done = done;
        this.editionList = editionList;
        this.edition = edition;
    }

    @GET
    @Path("/subscribe")
    @Operation(summary = "Subscribe form")
    public TemplateInstance subscribeForm() {
        return subscribeForm(null, null, "monthly");
    }

    @POST
    @Path("/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Subscribe (form post); redirects to the check-your-email page")
    public Response subscribe(@RestForm String email, @RestForm String frequency, @RestForm List<String> themes,
                              @RestForm List<String> areas) {
        SubscribeRequest request = new SubscribeRequest(email == null ? "" : email.trim(), frequency, themes, areas,
                List.of(), List.of());
        String problem = validator.validate(request).stream().map(ConstraintViolation::getMessage)
                .sorted(Comparator.naturalOrder()).findFirst().orElse(null);
        if (problem == null) {
            try {
                subscriptions.subscribe(request);
                return Response.seeOther(URI.create("/e-news/check-email")).build();
            } catch (DomainException e) {
                problem = e.getMessage();
            }
        }
        return Response.status(422).entity(subscribeForm(problem, email, frequency)).build();
    }

    @GET
    @Path("/check-email")
    @Operation(summary = "Check-your-email page")
    public TemplateInstance checkEmail() {
        return checkEmail.instance();
    }

    @GET
    @Path("/confirm")
    @Operation(summary = "Confirmation link from the email")
    public Response confirm(@QueryParam("token") String token) {
        return guarded(() -> {
            SubscriberView subscriber = subscriptions.confirm(token);
            return Response.ok(confirmed.data("email", subscriber.email())
                    .data("manageToken", subscriptions.manageToken(subscriber.id()))).build();
        });
    }

    @GET
    @Path("/manage")
    @Operation(summary = "Manage page (with a token) or the form asking for a manage link")
    public Response managePage(@QueryParam("token") String token, @QueryParam("notice") String notice) {
        if (token == null || token.isBlank()) {
            return Response.ok(manageRequest.instance()).build();
        }
        return guarded(() -> Response.ok(manage.data("subscriber", subscriptions.me(token)).data("token", token)
                .data("notice", notice)).build());
    }

    @POST
    @Path("/manage-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Email me a manage link (form post); answers the same for any address")
    public Response manageLink(@RestForm String email) {
        if (email != null && !email.isBlank() && email.contains("@")) {
            subscriptions.sendManageLink(email);
        }
        return Response.seeOther(URI.create("/e-news/check-email")).build();
    }

    @POST
    @Path("/manage/subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change how often (form post)")
    public Response changeFrequency(@QueryParam("token") String token, @PathParam("id") UUID id,
                                    @RestForm String frequency) {
        return guarded(() -> {
            subscriptions.changeFrequency(token, id, frequency);
            return backToManage(token, "Saved.");
        });
    }

    @POST
    @Path("/manage/subscriptions/{id}/cancel")
    @Operation(summary = "Unsubscribe from one subscription (form post)")
    public Response cancelOne(@QueryParam("token") String token, @PathParam("id") UUID id) {
        return guarded(() -> {
            subscriptions.cancel(token, id);
            return backToManage(token, "Unsubscribed from that subscription.");
        });
    }

    @POST
    @Path("/manage/cancel-all")
    @Operation(summary = "Unsubscribe from everything (form post)")
    public Response cancelAll(@QueryParam("token") String token) {
        return guarded(() -> {
            subscriptions.cancelAll(token);
            return Response.ok(done.data("heading", "You have been unsubscribed")
                    .data("message", "You will receive no more e-News emails.")).build();
        });
    }

    @POST
    @Path("/manage/erase")
    @Operation(summary = "Erase my data (form post)")
    public Response erase(@QueryParam("token") String token) {
        return guarded(() -> {
            subscriptions.erase(token);
            return Response.ok(done.data("heading", "Your data has been erased")
                    .data("message", "We no longer hold your email address.")).build();
        });
    }

    @GET
    @Path("/unsubscribe")
    @Operation(summary = "Unsubscribe page behind the link in every email (asks before acting)")
    public Response unsubscribePage(@QueryParam("token") String token) {
        return guarded(() -> Response.ok(unsubscribe.data("token", token)
                .data("scoped", subscriptions.unsubscribesOne(token))).build());
    }

    /** The List-Unsubscribe target: a mail client's one-click POST (RFC 8058) and the page's button alike. */
    @POST
    @Path("/unsubscribe")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Operation(summary = "One-click unsubscribe (RFC 8058)")
    public Response unsubscribe(@QueryParam("token") String token) {
        return guarded(() -> {
            subscriptions.unsubscribe(token);
            return Response.ok(done.data("heading", "You have been unsubscribed")
                    .data("message", "You will receive no more of these e-News emails.")).build();
        });
    }

    @GET
    @Path("/editions")
    @Operation(summary = "Archive of sent editions")
    public TemplateInstance editions() {
        return editionList.data("editions", editions.archive(1, 100).items());
    }

    @GET
    @Path("/editions/{id}")
    @Operation(summary = "One sent edition")
    public Response edition(@PathParam("id") UUID id) {
        return editions.find(id, false).map(e -> Response.ok(edition.data("edition", e)).build())
                .orElseGet(() -> Response.status(404).entity(done.data("heading", "No such edition")
                        .data("message", "This edition does not exist or has not been sent.")).build());
    }

    private TemplateInstance subscribeForm(String error, String email, String frequency) {
        return subscribe.data("error", error).data("email", email).data("frequency", frequency)
                .data("themes", Criteria.THEMES.stream().sorted().toList()).data("areas", items.areas().stream().filter(a -> !"ward".equals(a.type())).toList());
    }

    private static Response backToManage(String token, String notice) {
        return Response.seeOther(URI.create("/e-news/manage?token=" + token + "&notice="
                + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    private Response guarded(Supplier<Response> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                return Response.status(403).entity(badLink.instance()).build();
            }
            int status = switch (e.kind()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                default -> 422;
            };
            return Response.status(status).entity(done.data("heading", e.title()).data("message", e.getMessage())).build();
        }
    }
}
