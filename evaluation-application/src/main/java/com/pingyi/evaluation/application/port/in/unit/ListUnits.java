package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;

/** Query: one page of the registry, by name, optionally narrowed by a search text. */
public record ListUnits(String search, PageRequest page) {

    public ListUnits {
        Objects.requireNonNull(page, "page");
    }
}
