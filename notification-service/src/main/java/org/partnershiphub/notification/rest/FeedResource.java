package org.partnershiphub.notification.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.Criteria;
import org.partnershiphub.notification.service.EditionService;
import org.partnershiphub.notification.service.FeedService;

import java.time.Instant;
import java.util.List;

/** Pull for automated subscribers: Atom and JSON Feed, filterable like /items, with ETag and 304. */
@Path("/feeds")
@Tag(name = "Feeds", description = "Atom and JSON Feed of items (the same filters as /items) and an Atom feed of sent editions")
public class FeedResource {

    public record JsonFeed(String version, String title, String homePageUrl, String feedUrl, List<JsonFeedItem> items) {
    }

    public record JsonFeedItem(String id, String url, String title, String summary, String contentText,
                               Instant datePublished, List<String> tags) {
    }

    private final FeedService feeds;
    private final EditionService editions;
    private final Template atom;
    private final Template editionsAtom;

    FeedResource(FeedService feeds, EditionService editions, @Location("feeds/items.atom.xml") Template atom,
                 @Location("feeds/editions.atom.xml") Template editionsAtom) {
        this.feeds = feeds;
        this.editions = editions;
        this.atom = atom;
        this.editionsAtom = editionsAtom;
    }

    @GET
    @Path("/editions.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest 20 sent editions",
            description = "Entry ids are urn:uuid:<edition id>; each links to the edition's web page and lists its items")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response editions(@Context Request request, @Context UriInfo uri) {
        List<EditionView> sent = editions.archive(1, 20).items();
        EntityTag tag = new EntityTag("editions-" + Integer.toHexString(sent.stream()
                .map(e -> e.id() + "@" + e.sentAt()).toList().hashCode()) + "-" + sent.size());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        Instant updated = sent.isEmpty() ? Instant.EPOCH : sent.get(0).sentAt();
        return Response.ok(editionsAtom.data("editions", sent).data("self", uri.getRequestUri().toString())
                        .data("base", uri.getBaseUri().toString()).data("updated", updated).render(),
                "application/atom+xml; charset=UTF-8").tag(tag).build();
    }

    @GET
    @Path("/items.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Atom feed of the newest 50 matching items", description = "Entry ids are urn:uuid:<item id>")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response atom(@QueryParam("themes") String themes, @QueryParam("areas") String areas,
                         @QueryParam("partnerships") String partnerships, @QueryParam("kinds") String kinds,
                         @Context Request request, @Context UriInfo uri) {
        FeedService.FeedItems found = feeds.newest(Criteria.fromQuery(themes, areas, partnerships, kinds));
        EntityTag tag = new EntityTag("atom-" + found.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        Instant updated = found.items().isEmpty() ? Instant.EPOCH : found.items().get(0).occurredAt();
        return Response.ok(atom.data("items", found.items()).data("self", uri.getRequestUri().toString())
                .data("updated", updated).render(), "application/atom+xml; charset=UTF-8").tag(tag).build();
    }

    @GET
    @Path("/items.json")
    @Produces("application/feed+json")
    @Operation(summary = "JSON Feed 1.1 of the newest 50 matching items", description = "Item ids are the item ids")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response json(@QueryParam("themes") String themes, @QueryParam("areas") String areas,
                         @QueryParam("partnerships") String partnerships, @QueryParam("kinds") String kinds,
                         @Context Request request, @Context UriInfo uri) {
        FeedService.FeedItems found = feeds.newest(Criteria.fromQuery(themes, areas, partnerships, kinds));
        EntityTag tag = new EntityTag("json-" + found.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        List<JsonFeedItem> items = found.items().stream().map(i -> new JsonFeedItem(i.id().toString(), i.link(), i.title(),
                i.summary(), i.summary() == null ? i.title() : i.summary(), i.occurredAt(),
                java.util.stream.Stream.concat(i.themes().stream(), java.util.stream.Stream.of(i.kind())).toList())).toList();
        JsonFeed feed = new JsonFeed("https://jsonfeed.org/version/1.1", "ESSP e-News items",
                uri.getBaseUri().resolve("e-news/subscribe").toString(), uri.getRequestUri().toString(), items);
        return Response.ok(feed, "application/feed+json").tag(tag).build();
    }
}
