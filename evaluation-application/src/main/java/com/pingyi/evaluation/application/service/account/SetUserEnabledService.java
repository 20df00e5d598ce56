package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.SetUserEnabled;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabledUseCase;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.domain.shared.DomainException;
import org.springframework.transaction.annotation.Transactional;

class SetUserEnabledService implements SetUserEnabledUseCase {

    static final String USE_CASE = "SetUserEnabled";

    private final People people;
    private final Access access;

    SetUserEnabledService(People people, Access access) {
        this.people = people;
        this.access = access;
    }

    @Override
    @Transactional
    public UserView setUserEnabled(SetUserEnabled command) {
        if (!command.enabled() && command.user().username().value().equals(access.viewer().username())) {
            throw new DomainException("user.cannot-disable-self");
        }
        return people.view(people.change(command.user(), USE_CASE, a -> a.withEnabled(command.enabled())));
    }
}
