package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.out.CurrentActorPort;
import com.pingyi.evaluation.application.port.out.CurrentCallerPort;
import com.pingyi.evaluation.domain.user.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The audit trail's "who", and the caller's roles for the use cases' finer rules: the signed-in name and roles from Spring Security. */
@Component
class SecurityContextActor implements CurrentActorPort, CurrentCallerPort {

    @Override
    public Caller currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(name.substring("ROLE_".length()))).forEach(roles::add);
            }
        }
        return new Caller(authentication.getName(), roles);
    }

    @Override
    public String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Use cases refuse anonymous callers before they write, so this fallback is never audited.
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
