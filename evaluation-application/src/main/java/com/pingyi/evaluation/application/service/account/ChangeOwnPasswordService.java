package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.ChangeOwnPassword;
import com.pingyi.evaluation.application.port.in.account.ChangeOwnPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.UserRef;
import com.pingyi.evaluation.application.port.out.PasswordHashPort;
import com.pingyi.evaluation.application.readmodel.OwnAccount;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import org.springframework.transaction.annotation.Transactional;

class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {

    static final String USE_CASE = "ChangeOwnPassword";

    private final People people;
    private final PasswordHashPort passwords;
    private final Access access;

    ChangeOwnPasswordService(People people, PasswordHashPort passwords, Access access) {
        this.people = people;
        this.passwords = passwords;
        this.access = access;
    }

    @Override
    @Transactional
    public OwnAccount changeOwnPassword(ChangeOwnPassword command) {
        UserAccount account = people.load(Username.of(access.viewer().username()));
        // Proof that the person at the keyboard is the account's owner, not a session left open.
        if (!passwords.matches(command.currentPassword(), account.passwordHash())) {
            throw new DomainException("user.password.current-wrong");
        }
        if (command.currentPassword().equals(command.newPassword().value())) {
            throw new DomainException("user.password.unchanged");
        }
        String hash = passwords.hash(command.newPassword().value());
        UserAccount saved = people.change(new UserRef(account.username(), account.version()), USE_CASE, a -> a.passwordChanged(hash));
        return GetOwnAccountService.own(people, saved);
    }
}
