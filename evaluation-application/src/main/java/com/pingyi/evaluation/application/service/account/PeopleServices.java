package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.ChangeOwnPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccessUseCase;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccountsUseCase;
import com.pingyi.evaluation.application.port.in.account.GetOwnAccountUseCase;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.account.RecordSignInUseCase;
import com.pingyi.evaluation.application.port.in.account.ResetPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabledUseCase;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.PasswordHashPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.domain.user.SignInPolicy;
import java.time.Clock;

/**
 * The only way to obtain the people use cases: accounts managed by admins, a person's own account
 * and password, the sign-in record and the demo round's people. Every change to an account is audited
 * with its state before and after (never a password or its hash).
 */
public final class PeopleServices {

    private final People people;
    private final PasswordHashPort passwords;
    private final UnitRegistryPort registry;
    private final Access access;
    private final Clock clock;
    private final SignInPolicy policy;

    public PeopleServices(LoadUserAccountPort load, SaveUserAccountPort save, UnitRegistryPort registry, PasswordHashPort passwords,
                          AuditTrail audit, Access access, Clock clock, SignInPolicy policy) {
        this.people = new People(load, save, registry, audit);
        this.passwords = passwords;
        this.registry = registry;
        this.access = access;
        this.clock = clock;
        this.policy = policy;
    }

    public CreateUserUseCase createUser() {
        return new CreateUserService(people, passwords);
    }

    public ChangeUserAccessUseCase changeUserAccess() {
        return new ChangeUserAccessService(people, access);
    }

    public SetUserEnabledUseCase setUserEnabled() {
        return new SetUserEnabledService(people, access);
    }

    public ResetPasswordUseCase resetPassword() {
        return new ResetPasswordService(people, passwords);
    }

    /** A query. */
    public ListUsersUseCase listUsers() {
        return new ListUsersService(people);
    }

    public ChangeOwnPasswordUseCase changeOwnPassword() {
        return new ChangeOwnPasswordService(people, passwords, access);
    }

    /** A query. */
    public GetOwnAccountUseCase getOwnAccount() {
        return new GetOwnAccountService(people, access);
    }

    public RecordSignInUseCase recordSignIn() {
        return new RecordSignInService(people, clock, policy);
    }

    public EnsureDemoAccountsUseCase ensureDemoAccounts() {
        return new EnsureDemoAccountsService(people, registry);
    }
}
