package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Optional;

/** Reads user accounts from storage. */
public interface LoadUserAccountPort {

    Optional<UserAccount> findByUsername(Username username);

    /** The accounts the filter matches, ordered by username, one page of them. */
    Page<UserAccount> findUsers(UserFilter filter, PageRequest page);
}
