package com.pingyi.evaluation.ui.security;

import com.pingyi.evaluation.application.port.in.Roles;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Gives the signed-in session the authorities its account has now. A person signed in with a password an
 * admin set holds only the authority to change it; once they have, their roles must reach this session
 * without a second sign-in, and the session must keep them on the next request.
 */
@Component
public class SessionRenewal {

    private final UserDetailsService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionRenewal(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /**
     * Whether this sign-in holds only the right to replace a password an admin set: the one place the
     * pages and the API read it from.
     */
    public static boolean passwordChangePending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + Roles.PASSWORD_CHANGE_PENDING)::equals);
    }

    public void renew() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) {
            return;
        }
        UserDetails details = accounts.loadUserByUsername(current.getName());
        // The roles are the account's now; what the sign-in proved (Spring's FACTOR_* authorities) stays.
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        current.getAuthorities().stream().filter(a -> a.getAuthority() != null && !a.getAuthority().startsWith("ROLE_"))
                .forEach(authorities::add);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
