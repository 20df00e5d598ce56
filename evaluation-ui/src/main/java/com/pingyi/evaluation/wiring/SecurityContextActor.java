package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.out.CurrentActorPort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The audit trail's "who": the signed-in name from Spring Security. */
@Component
class SecurityContextActor implements CurrentActorPort {

    @Override
    public String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Use cases refuse anonymous callers before they write, so this fallback is never audited.
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
