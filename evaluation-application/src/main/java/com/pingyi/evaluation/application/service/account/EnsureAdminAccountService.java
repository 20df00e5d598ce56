package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccount;
import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccountUseCase;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class EnsureAdminAccountService implements EnsureAdminAccountUseCase {

    private final LoadUserAccountPort loadAccounts;
    private final SaveUserAccountPort saveAccounts;
    private final AuditTrail audit;

    EnsureAdminAccountService(LoadUserAccountPort loadAccounts, SaveUserAccountPort saveAccounts, AuditTrail audit) {
        this.loadAccounts = loadAccounts;
        this.saveAccounts = saveAccounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Outcome ensureAdminAccount(EnsureAdminAccount command) {
        if (loadAccounts.findByUsername(command.username()).isPresent()) {
            return Outcome.ALREADY_PRESENT;
        }
        UserAccount admin = saveAccounts.saveUserAccount(UserAccount.register(command.username(), command.passwordHash(), Set.of(Role.ADMIN)));
        audit.record("EnsureAdminAccount", "UserAccount", admin.id().value(), null, Snapshots.of(admin));
        return Outcome.CREATED;
    }
}
