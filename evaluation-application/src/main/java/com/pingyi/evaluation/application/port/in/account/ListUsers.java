package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;

/** Query: one page of the accounts the filter matches, by username. */
public record ListUsers(UserFilter filter, PageRequest page) {

    public ListUsers {
        filter = filter == null ? UserFilter.everybody() : filter;
        Objects.requireNonNull(page, "page");
    }
}
