package com.pingyi.evaluation.ui.security;

import com.pingyi.evaluation.application.port.in.account.FindSignInAccountUseCase;
import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of the accounts stored in the database. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final FindSignInAccountUseCase findAccount;
    private final Clock clock;

    AccountUserDetailsService(FindSignInAccountUseCase findAccount, Clock clock) {
        this.findAccount = findAccount;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return findAccount.findSignInAccount(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        // The application decides what a session of this account may do (no SYSTEM; only
                        // changing the password while it is one an admin set).
                        .roles(account.authorities().toArray(String[]::new))
                        .disabled(!account.enabled())
                        // Checked before the password: a locked account cannot even be probed.
                        .accountLocked(account.lockedAt(clock.instant()))
                        .build())
                // The same words whether the name is unknown or the password wrong: no user enumeration.
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
