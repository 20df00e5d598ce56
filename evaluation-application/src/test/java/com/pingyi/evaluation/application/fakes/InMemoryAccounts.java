package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    @Override
    public Page<UserAccount> findUsers(UserFilter filter, PageRequest page) {
        String search = filter.search().toLowerCase(Locale.ROOT);
        List<UserAccount> matching = accounts.values().stream()
                .filter(a -> filter.role() == null || a.holds(filter.role()))
                .filter(a -> a.username().value().contains(search) || a.displayName().toLowerCase(Locale.ROOT).contains(search))
                .sorted(Comparator.comparing(a -> a.username().value())).toList();
        int from = Math.min(page.offset(), matching.size());
        return new Page<>(matching.subList(from, Math.min(from + page.limit(), matching.size())), matching.size());
    }

    public List<UserAccount> all() {
        return List.copyOf(accounts.values());
    }
}
