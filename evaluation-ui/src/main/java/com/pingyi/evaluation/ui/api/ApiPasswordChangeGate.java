package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.port.in.account.GetOwnAccountUseCase;
import com.pingyi.evaluation.domain.shared.DomainException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A temporary password (a new account, a reset) opens nothing through the API: the web UI sends such
 * a person to the change-password page, and a client cannot be sent anywhere, so it is refused with
 * a problem saying what to do. Not a bean: a filter bean would be registered for every URL.
 */
final class ApiPasswordChangeGate extends OncePerRequestFilter {

    private final GetOwnAccountUseCase getOwnAccount;
    private final HandlerExceptionResolver resolver;

    ApiPasswordChangeGate(GetOwnAccountUseCase getOwnAccount, HandlerExceptionResolver resolver) {
        this.getOwnAccount = getOwnAccount;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn && mustChangePassword()) {
            resolver.resolveException(request, response, null, new ApiExceptions.PasswordChangeRequired());
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustChangePassword() {
        try {
            return getOwnAccount.getOwnAccount().mustChangePassword();
        } catch (DomainException | AccessDeniedException noAccountOfItsOwn) {
            // Not a stored person: nothing to change, and the use cases still check every call.
            return false;
        }
    }
}
