package org.partnershiphub.engagement.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.partnershiphub.engagement.service.PageSlice;

import java.util.ArrayList;
import java.util.List;

/** The list envelope every collection uses, with {@code Link} headers for first, prev, next and last. */
public record PageView<T>(long totalItems, int totalPages, int pageNumber, int size,
                          boolean firstPage, boolean lastPage, boolean empty, List<T> contents) {

    public static final String PER_PAGE_MESSAGE = "per_page must be between 1 and 100";

    public static <T> PageView<T> of(PageSlice<T> slice) {
        int pages = slice.totalPages();
        return new PageView<>(slice.totalItems(), pages, slice.page(), slice.perPage(),
                slice.page() == 1, slice.page() >= pages, slice.items().isEmpty(), slice.items());
    }

    public static <T> Response ok(PageSlice<T> slice, UriInfo uri) {
        PageView<T> view = of(slice);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 1, slice.perPage(), "first"));
        if (slice.page() > 1) {
            links.add(link(uri, Math.min(slice.page() - 1, Math.max(view.totalPages(), 1)), slice.perPage(), "prev"));
        }
        if (slice.page() < view.totalPages()) {
            links.add(link(uri, slice.page() + 1, slice.perPage(), "next"));
        }
        links.add(link(uri, Math.max(view.totalPages(), 1), slice.perPage(), "last"));
        return Response.ok(view).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, int page, int perPage, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("per_page", perPage)).rel(rel).build();
    }
}
