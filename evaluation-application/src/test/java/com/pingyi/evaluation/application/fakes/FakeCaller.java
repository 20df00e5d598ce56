package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.out.CurrentCallerPort;
import com.pingyi.evaluation.application.port.out.PasswordHashPort;
import com.pingyi.evaluation.domain.user.Role;
import java.util.Set;

/** A caller the test chooses, and a readable stand-in for the password hash. */
public class FakeCaller implements CurrentCallerPort, PasswordHashPort {

    private Caller caller = new Caller("admin", Set.of(Role.ADMIN));

    public void actAs(String username, Role... roles) {
        caller = new Caller(username, Set.of(roles));
    }

    @Override
    public Caller currentCaller() {
        return caller;
    }

    @Override
    public String hash(String clearPassword) {
        return "{test}" + new StringBuilder(clearPassword).reverse();
    }

    @Override
    public boolean matches(String clearPassword, String storedHash) {
        return hash(clearPassword).equals(storedHash);
    }
}
