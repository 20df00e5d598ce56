package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Optional;

/** Reads user accounts from storage. */
public interface LoadUserAccountPort {

    Optional<UserAccount> findByUsername(Username username);
}
