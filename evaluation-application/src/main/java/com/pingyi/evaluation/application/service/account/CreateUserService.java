package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.out.PasswordHashPort;
import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import com.pingyi.evaluation.domain.user.NewPassword;
import com.pingyi.evaluation.domain.user.UserAccount;
import org.springframework.transaction.annotation.Transactional;

class CreateUserService implements CreateUserUseCase {

    static final String USE_CASE = "CreateUser";

    private final People people;
    private final PasswordHashPort passwords;

    CreateUserService(People people, PasswordHashPort passwords) {
        this.people = people;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public IssuedPassword createUser(CreateUser command) {
        people.checkAccess(command.roles(), command.unit(), command.affiliations());
        NewPassword temporary = TemporaryPasswords.generate();
        UserAccount created = people.create(USE_CASE, UserAccount.create(command.username(), command.displayName(),
                passwords.hash(temporary.value()), command.roles(), command.unit(), command.affiliations()));
        return new IssuedPassword(people.view(created), temporary.value());
    }
}
