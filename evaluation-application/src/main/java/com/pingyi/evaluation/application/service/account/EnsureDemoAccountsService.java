package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccounts;
import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccountsUseCase;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo round's people. Their password was chosen by whoever started the app (or generated and
 * printed once), so, unlike an admin's temporary one, it need not be changed at the first sign-in.
 */
class EnsureDemoAccountsService implements EnsureDemoAccountsUseCase {

    static final String USE_CASE = "EnsureDemoAccounts";
    static final String CONTACT_UNIT = "黄浦区教育局";

    private final People people;
    private final UnitRegistryPort registry;

    EnsureDemoAccountsService(People people, UnitRegistryPort registry) {
        this.people = people;
        this.registry = registry;
    }

    @Override
    @Transactional
    public List<String> ensureDemoAccounts(EnsureDemoAccounts command) {
        List<String> created = new ArrayList<>();
        ensure("expert", "演示专家", Set.of(Role.EXPERT), null, command, created);
        ensure("auditor", "演示审计员", Set.of(Role.AUDITOR), null, command, created);
        // The demo round's units are in the registry once the demo data is installed; without them there is no contact.
        Optional<UnitId> huangpu = registry.findUnitNamed(CONTACT_UNIT).map(RegisteredUnitView::id);
        huangpu.ifPresent(unit -> ensure("huangpu", "黄浦区教育局联络员", Set.of(Role.UNIT_CONTACT), unit, command, created));
        return created;
    }

    private void ensure(String name, String displayName, Set<Role> roles, UnitId unit, EnsureDemoAccounts command, List<String> created) {
        Username username = Username.of(name);
        if (people.loader().findByUsername(username).isPresent()) {
            return;
        }
        people.create(USE_CASE, UserAccount.create(username, displayName, command.passwordHash(), roles, unit, Set.of())
                .passwordChanged(command.passwordHash()));
        created.add(name);
    }
}
