package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.UserRef;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one shape of every change to an account, like the rounds' changes: load it, refuse a stale
 * version, change it, save it, audit who changed what, before and after, in the caller's transaction.
 */
final class People {

    static final String AGGREGATE = "UserAccount";

    private final LoadUserAccountPort load;
    private final SaveUserAccountPort save;
    private final UnitRegistryPort registry;
    private final AuditTrail audit;

    People(LoadUserAccountPort load, SaveUserAccountPort save, UnitRegistryPort registry, AuditTrail audit) {
        this.load = load;
        this.save = save;
        this.registry = registry;
        this.audit = audit;
    }

    UserAccount load(Username username) {
        return load.findByUsername(username).orElseThrow(() -> new DomainException("user.not-found", username.value()));
    }

    UserAccount change(UserRef ref, String useCase, UnaryOperator<UserAccount> change) {
        UserAccount account = load(ref.username());
        if (account.version() != ref.version()) {
            throw new ConcurrentChangeException(AGGREGATE, ref.username());
        }
        UserAccount saved = save.saveUserAccount(change.apply(account));
        audit.record(useCase, AGGREGATE, saved.id().value(), Snapshots.of(account), Snapshots.of(saved));
        return saved;
    }

    UserAccount create(String useCase, UserAccount account) {
        if (load.findByUsername(account.username()).isPresent()) {
            throw new DomainException("user.username-taken", account.username().value());
        }
        UserAccount saved = save.saveUserAccount(account);
        audit.record(useCase, AGGREGATE, saved.id().value(), null, Snapshots.of(saved));
        return saved;
    }

    /** The roles a person may be given, and the units they name, checked against the registry. */
    void checkAccess(Set<Role> roles, UnitId unit, Set<UnitId> affiliations) {
        if (roles.contains(Role.SYSTEM)) {
            throw new DomainException("user.system-role-reserved");
        }
        if (unit != null) {
            unitName(unit);
        }
        affiliations.forEach(this::unitName);
    }

    String unitName(UnitId unit) {
        return registry.findUnit(unit).map(RegisteredUnitView::name)
                .orElseThrow(() -> new DomainException("unit.not-registered", unit.toString()));
    }

    UserView view(UserAccount account) {
        Map<UnitId, String> affiliations = new LinkedHashMap<>();
        account.affiliations().forEach(u -> affiliations.put(u, nameOrId(u)));
        return new UserView(account.username().value(), account.displayName(), account.roles(), account.unit().orElse(null),
                account.unit().map(this::nameOrId).orElse(null), affiliations, account.enabled(), account.mustChangePassword(),
                account.lockedUntil().orElse(null), account.version());
    }

    /** A unit since removed from the registry is still named, by its id. */
    private String nameOrId(UnitId unit) {
        return registry.findUnit(unit).map(RegisteredUnitView::name).orElse(unit.toString());
    }

    AuditTrail audit() {
        return audit;
    }

    SaveUserAccountPort saver() {
        return save;
    }

    LoadUserAccountPort loader() {
        return load;
    }
}
