package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.ui.security.SessionRenewal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * A temporary password (a new account, a reset) opens nothing through the API: the sign-in grants such
 * an account only {@link Roles#PASSWORD_CHANGE_PENDING}, so every use case would refuse it anyway; a
 * client cannot be sent to the change-password page, so it is told plainly, with a problem saying what
 * to do, instead of a bare 403. Not a bean: a filter bean would be registered for every URL.
 */
final class ApiPasswordChangeGate extends OncePerRequestFilter {

    private final HandlerExceptionResolver resolver;

    ApiPasswordChangeGate(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Read from what the sign-in granted: no second look at the account on every call.
        if (SessionRenewal.passwordChangePending(SecurityContextHolder.getContext().getAuthentication())) {
            resolver.resolveException(request, response, null, new ApiExceptions.PasswordChangeRequired());
            return;
        }
        chain.doFilter(request, response);
    }
}
