package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.ListUsers;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.UserView;
import org.springframework.transaction.annotation.Transactional;

class ListUsersService implements ListUsersUseCase {

    private final People people;

    ListUsersService(People people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserView> listUsers(ListUsers query) {
        return people.loader().findUsers(query.filter(), query.page()).map(people::view);
    }
}
