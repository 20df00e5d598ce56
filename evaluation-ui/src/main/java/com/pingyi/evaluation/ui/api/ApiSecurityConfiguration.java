package com.pingyi.evaluation.ui.api;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The API's own filter chain, ahead of Vaadin's: HTTP Basic against the same accounts (the same
 * UserDetailsService, so the same lockout, and the same events, so every attempt is audited), no
 * session, and no CSRF token, since no browser cookie ever authenticates a call here. The Vaadin
 * chain keeps form sign-in and CSRF for everything else.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String REALM = "Pingyi";
    /** The OpenAPI document and its Swagger UI: public, so that a client can be written before it has an account. */
    static final String[] DOCS = {"/api/docs", "/api/docs/**", "/api/swagger-ui.html", "/api/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        // Both refusals go through ApiProblems, so that a 401 or a 403 has the same problem body as any other error.
        AuthenticationEntryPoint unauthorised = (request, response, e) -> resolver.resolveException(request, response, null, e);
        AccessDeniedHandler forbidden = (request, response, e) -> resolver.resolveException(request, response, null, e);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(DOCS).permitAll().anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorised))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorised).accessDeniedHandler(forbidden))
                .addFilterAfter(new ApiPasswordChangeGate(resolver), BasicAuthenticationFilter.class);
        return http.build();
    }
}
