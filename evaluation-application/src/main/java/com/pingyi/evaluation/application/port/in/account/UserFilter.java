package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.domain.user.Role;

/** Which accounts to list: those whose name or username contains {@code search} (any case), holding {@code role} when given. */
public record UserFilter(String search, Role role) {

    public UserFilter {
        search = search == null ? "" : search.strip();
    }

    public static UserFilter everybody() {
        return new UserFilter("", null);
    }
}
