package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;

/** Query: one page of the rounds, newest year first. */
public record ListRounds(PageRequest page) {

    public ListRounds {
        Objects.requireNonNull(page, "page");
    }
}
