package com.pingyi.evaluation.domain.user;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.time.Duration;

/**
 * Rule {@code RepeatedSignInFailuresLockTheAccountForAWhile}: after {@code maxFailures} failed
 * sign-ins in a row the account is locked for {@code lockout}; a successful sign-in clears the count.
 */
public record SignInPolicy(int maxFailures, Duration lockout) {

    /** Five failures in a row lock the account for fifteen minutes. */
    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

    public SignInPolicy {
        if (maxFailures < 1 || lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new DomainException("user.sign-in-policy.invalid", maxFailures, String.valueOf(lockout));
        }
    }
}
