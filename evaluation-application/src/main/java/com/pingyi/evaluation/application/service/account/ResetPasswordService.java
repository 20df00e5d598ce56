package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.ResetPassword;
import com.pingyi.evaluation.application.port.in.account.ResetPasswordUseCase;
import com.pingyi.evaluation.application.port.out.PasswordHashPort;
import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import com.pingyi.evaluation.domain.user.NewPassword;
import org.springframework.transaction.annotation.Transactional;

class ResetPasswordService implements ResetPasswordUseCase {

    static final String USE_CASE = "ResetPassword";

    private final People people;
    private final PasswordHashPort passwords;

    ResetPasswordService(People people, PasswordHashPort passwords) {
        this.people = people;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public IssuedPassword resetPassword(ResetPassword command) {
        NewPassword temporary = TemporaryPasswords.generate();
        String hash = passwords.hash(temporary.value());
        return new IssuedPassword(people.view(people.change(command.user(), USE_CASE, a -> a.passwordReset(hash))), temporary.value());
    }
}
