package org.partnershiphub.notification.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.Criteria;
import org.partnershiphub.notification.service.DomainException;
import org.partnershiphub.notification.service.ItemService;

import java.util.UUID;

@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items", description = "News from the partnership directory, LAA performance and community engagement")
public class ItemResource {

    private final ItemService service;

    ItemResource(ItemService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List items", description = "Newest first; paged with page and per_page. Filters take "
            + "comma-separated codes: any of each listed filter, all listed filters; an area covers its sub-areas.")
    @APIResponse(responseCode = "200", description = "A page of items, with Link headers")
    @APIResponse(responseCode = "400", description = "page or per_page out of range")
    @APIResponse(responseCode = "422", description = "An unknown theme or kind, or a malformed area or partnership id")
    public Response list(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "page counts from 1") int page,
                         @QueryParam("per_page") @DefaultValue("20")
                         @Min(value = 1, message = PageView.PER_PAGE_MESSAGE)
                         @Max(value = 100, message = PageView.PER_PAGE_MESSAGE) int perPage,
                         @QueryParam("themes") @Parameter(example = "community-safety,housing") String themes,
                         @QueryParam("areas") @Parameter(example = "E10000011") String areas,
                         @QueryParam("partnerships") String partnerships,
                         @QueryParam("kinds") @Parameter(example = "meeting.scheduled") String kinds,
                         @Context UriInfo uri) {
        return PageView.ok(service.list(Criteria.fromQuery(themes, areas, partnerships, kinds), page, perPage), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No item has this id")
    public ItemView get(@PathParam("id") UUID id) {
        return service.find(id).orElseThrow(() -> DomainException.notFound("Item", id));
    }
}
