package org.partnershiphub.engagement.service;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and enough to describe the whole. Pages count from 1. */
public record PageSlice<T>(List<T> items, long totalItems, int page, int perPage) {

    public int totalPages() {
        return (int) ((totalItems + perPage - 1) / perPage);
    }

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(items.stream().map(mapper).toList(), totalItems, page, perPage);
    }
}
