package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.readmodel.SignInAccount;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** Looks up an account while somebody signs in, before anybody is authenticated. */
public interface FindSignInAccountUseCase {

    /** Empty for an unknown or malformed name, so that the caller cannot tell the two apart. */
    @PermitAll
    Optional<SignInAccount> findSignInAccount(String username);
}
