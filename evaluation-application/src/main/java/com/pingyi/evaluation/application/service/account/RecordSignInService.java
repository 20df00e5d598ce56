package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.application.port.in.account.RecordSignIn;
import com.pingyi.evaluation.application.port.in.account.RecordSignInUseCase;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.SignInPolicy;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every attempt is audited under the name that was typed, known or not (a run of unknown names is
 * itself worth seeing); a known account's failures count towards its lockout.
 */
class RecordSignInService implements RecordSignInUseCase {

    static final String SIGN_IN = "SignIn";
    static final String SIGN_IN_FAILED = "SignInFailed";

    private final People people;
    private final Clock clock;
    private final SignInPolicy policy;

    RecordSignInService(People people, Clock clock, SignInPolicy policy) {
        this.people = people;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    @Transactional
    public Outcome recordSignIn(RecordSignIn command) {
        String typed = command.attemptedUsername().strip();
        Optional<UserAccount> found = find(typed);
        if (found.isEmpty()) {
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("username", typed);
            attempt.put("outcome", Outcome.UNKNOWN_NAME.name());
            people.audit().recordAs(typed.isEmpty() ? "-" : typed, SIGN_IN_FAILED, People.AGGREGATE, typed.isEmpty() ? "-" : typed,
                    null, attempt);
            return Outcome.UNKNOWN_NAME;
        }
        UserAccount before = found.get();
        Instant now = clock.instant();
        UserAccount after = command.succeeded() ? before.signedIn() : before.signInFailed(now, policy);
        UserAccount saved = after == before ? before : people.saver().saveUserAccount(after);
        people.audit().recordAs(before.username().value(), command.succeeded() ? SIGN_IN : SIGN_IN_FAILED, People.AGGREGATE,
                saved.id().value(), Snapshots.of(before), Snapshots.of(saved));
        if (command.succeeded()) {
            return Outcome.SIGNED_IN;
        }
        return saved.isLocked(now) ? Outcome.LOCKED : Outcome.FAILED;
    }

    private Optional<UserAccount> find(String typed) {
        try {
            return people.loader().findByUsername(Username.of(typed));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }
}
