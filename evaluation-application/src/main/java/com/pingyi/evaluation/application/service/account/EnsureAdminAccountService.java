package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccount;
import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccountUseCase;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class EnsureAdminAccountService implements EnsureAdminAccountUseCase {

    private final LoadUserAccountPort loadAccounts;
    private final SaveUserAccountPort saveAccounts;

    EnsureAdminAccountService(LoadUserAccountPort loadAccounts, SaveUserAccountPort saveAccounts) {
        this.loadAccounts = loadAccounts;
        this.saveAccounts = saveAccounts;
    }

    @Override
    @Transactional
    public Outcome ensureAdminAccount(EnsureAdminAccount command) {
        if (loadAccounts.findByUsername(command.username()).isPresent()) {
            return Outcome.ALREADY_PRESENT;
        }
        saveAccounts.saveUserAccount(UserAccount.register(command.username(), command.passwordHash(), Set.of(Role.ADMIN)));
        return Outcome.CREATED;
    }
}
