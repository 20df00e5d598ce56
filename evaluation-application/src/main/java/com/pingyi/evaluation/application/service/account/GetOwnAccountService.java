package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.GetOwnAccountUseCase;
import com.pingyi.evaluation.application.readmodel.OwnAccount;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import org.springframework.transaction.annotation.Transactional;

class GetOwnAccountService implements GetOwnAccountUseCase {

    private final People people;
    private final Access access;

    GetOwnAccountService(People people, Access access) {
        this.people = people;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public OwnAccount getOwnAccount() {
        return own(people, people.load(Username.of(access.viewer().username())));
    }

    static OwnAccount own(People people, UserAccount account) {
        UserView view = people.view(account);
        return new OwnAccount(view.username(), view.displayName(), view.roles(), view.unit(), view.unitName(),
                view.affiliations().keySet(), view.mustChangePassword());
    }
}
