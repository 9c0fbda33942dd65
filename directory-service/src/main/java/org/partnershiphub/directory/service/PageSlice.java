package org.partnershiphub.directory.service;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items and enough to describe the whole. Pages count from 1. {@code deleted}
 * is set only for incremental sync (modified_after): what was removed since then.
 */
public record PageSlice<T>(List<T> items, long totalItems, int page, int perPage, List<Deletion> deleted) {

    public record Deletion(String id, Instant deletedAt) {
    }

    public PageSlice(List<T> items, long totalItems, int page, int perPage) {
        this(items, totalItems, page, perPage, null);
    }

    public int totalPages() {
        return (int) ((totalItems + perPage - 1) / perPage);
    }

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(items.stream().map(mapper).toList(), totalItems, page, perPage, deleted);
    }

    public PageSlice<T> withDeleted(List<Deletion> deletions) {
        return new PageSlice<>(items, totalItems, page, perPage, deletions);
    }
}
