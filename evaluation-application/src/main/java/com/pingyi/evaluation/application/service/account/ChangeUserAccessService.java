package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.ChangeUserAccess;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccessUseCase;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.Role;
import org.springframework.transaction.annotation.Transactional;

class ChangeUserAccessService implements ChangeUserAccessUseCase {

    static final String USE_CASE = "ChangeUserAccess";

    private final People people;
    private final Access access;

    ChangeUserAccessService(People people, Access access) {
        this.people = people;
        this.access = access;
    }

    @Override
    @Transactional
    public UserView changeUserAccess(ChangeUserAccess command) {
        people.checkAccess(command.roles(), command.unit(), command.affiliations());
        // An admin who took their own role away could leave the product with nobody to run it.
        if (command.user().username().value().equals(access.viewer().username()) && !command.roles().contains(Role.ADMIN)) {
            throw new DomainException("user.cannot-demote-self");
        }
        return people.view(people.change(command.user(), USE_CASE,
                a -> a.withAccess(command.displayName(), command.roles(), command.unit(), command.affiliations())));
    }
}
