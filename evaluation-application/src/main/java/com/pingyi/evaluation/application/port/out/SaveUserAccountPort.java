package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.user.UserAccount;

/** Writes a user account. */
public interface SaveUserAccountPort {

    UserAccount saveUserAccount(UserAccount account);
}
