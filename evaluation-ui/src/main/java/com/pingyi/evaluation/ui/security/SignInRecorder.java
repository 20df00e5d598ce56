package com.pingyi.evaluation.ui.security;

import com.pingyi.evaluation.application.port.in.account.RecordSignIn;
import com.pingyi.evaluation.application.port.in.account.RecordSignInUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Hands every sign-in and every failure to the application, which audits it and keeps the count that
 * locks an account. Runs as the application itself: nobody is signed in yet when a sign-in fails.
 */
@Component
class SignInRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRecorder.class);

    private final RecordSignInUseCase recordSignIn;

    SignInRecorder(RecordSignInUseCase recordSignIn) {
        this.recordSignIn = recordSignIn;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), true);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication().getName(), false);
    }

    private void record(String name, boolean succeeded) {
        RecordSignInUseCase.Outcome outcome = AsSystem.run(() -> recordSignIn.recordSignIn(new RecordSignIn(name, succeeded)));
        if (outcome == RecordSignInUseCase.Outcome.LOCKED) {
            LOG.warn("Account '{}' locked after repeated sign-in failures", name);
        }
    }
}
