package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** User accounts in a map, keyed by name as the unique index of the real table keys them. */
public class InMemoryAccounts implements LoadUserAccountPort, SaveUserAccountPort {

    private final Map<Username, UserAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public UserAccount saveUserAccount(UserAccount account) {
        accounts.put(account.username(), account);
        return account;
    }

    public List<UserAccount> all() {
        return List.copyOf(accounts.values());
    }
}
