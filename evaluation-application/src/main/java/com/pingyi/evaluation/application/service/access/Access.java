package com.pingyi.evaluation.application.service.access;

import com.pingyi.evaluation.application.port.out.CurrentCallerPort;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Optional;
import java.util.Set;

/**
 * Finds out who calls: the caller's roles from the sign-in, their unit and affiliations from their
 * account as it is now (an admin's change applies at the caller's next request, not at their next
 * sign-in). The services ask this, then apply {@link ScoreAccess}.
 */
public final class Access {

    private final CurrentCallerPort caller;
    private final LoadUserAccountPort accounts;

    public Access(CurrentCallerPort caller, LoadUserAccountPort accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    /**
     * For tests and tools that have no people: everyone is treated as running the rounds. The app
     * never wires this (the authorisation tests call the wired use cases as each role).
     */
    public static Access unrestricted() {
        return new Access(() -> new CurrentCallerPort.Caller("system", Set.of(Role.SYSTEM)), null);
    }

    public Viewer viewer() {
        CurrentCallerPort.Caller who = caller.currentCaller();
        if (accounts == null || who.roles().contains(Role.ADMIN) || who.roles().contains(Role.SYSTEM)) {
            return new Viewer(who.username(), who.roles(), Optional.empty(), Set.of());
        }
        Optional<UserAccount> account = account(who.username());
        return new Viewer(who.username(), who.roles(), account.flatMap(UserAccount::unit),
                account.map(UserAccount::affiliations).orElse(Set.of()));
    }

    /** The account of this name, when there is one: a scorer id that is a username belongs to that person. */
    public Optional<UserAccount> account(String username) {
        if (accounts == null) {
            return Optional.empty();
        }
        try {
            return accounts.findByUsername(Username.of(username));
        } catch (DomainException notAUsername) {
            return Optional.empty();
        }
    }
}
