package com.pingyi.evaluation.application.port.in.paging;

import java.util.List;
import java.util.function.Function;

/** One page of rows and the total number of rows the query matches. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + items.size() + " rows of the page");
        }
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total);
    }
}
