package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.FindSignInAccountUseCase;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.readmodel.SignInAccount;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class FindSignInAccountService implements FindSignInAccountUseCase {

    private final LoadUserAccountPort loadAccounts;

    FindSignInAccountService(LoadUserAccountPort loadAccounts) {
        this.loadAccounts = loadAccounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignInAccount> findSignInAccount(String username) {
        Username name;
        try {
            name = Username.of(username);
        } catch (DomainException malformed) {
            return Optional.empty();
        }
        return loadAccounts.findByUsername(name)
                .map(a -> new SignInAccount(a.username().value(), a.passwordHash(), a.roles(), a.enabled(), a.lockedUntil().orElse(null),
                        a.mustChangePassword()));
    }
}
