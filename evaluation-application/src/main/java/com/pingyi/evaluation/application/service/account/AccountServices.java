package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccountUseCase;
import com.pingyi.evaluation.application.port.in.account.FindSignInAccountUseCase;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;

/** The only way to obtain the account use cases (the services themselves are package-private). */
public final class AccountServices {

    private AccountServices() {
    }

    public static FindSignInAccountUseCase findSignInAccount(LoadUserAccountPort loadAccounts) {
        return new FindSignInAccountService(loadAccounts);
    }

    public static EnsureAdminAccountUseCase ensureAdminAccount(LoadUserAccountPort loadAccounts, SaveUserAccountPort saveAccounts,
                                                               AuditTrail audit) {
        return new EnsureAdminAccountService(loadAccounts, saveAccounts, audit);
    }
}
