package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;

/** Query: one page of the rounds the filter accepts, newest year first. */
public record ListRounds(PageRequest page, RoundFilter filter) {

    public ListRounds {
        Objects.requireNonNull(page, "page");
        filter = filter == null ? RoundFilter.ALL : filter;
    }

    public ListRounds(PageRequest page) {
        this(page, RoundFilter.ALL);
    }
}
