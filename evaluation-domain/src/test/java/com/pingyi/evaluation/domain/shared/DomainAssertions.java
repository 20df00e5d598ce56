package com.pingyi.evaluation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call breaks the named rule with exactly the given arguments. */
public final class DomainAssertions {

    private DomainAssertions() {
    }

    public static void assertRule(ThrowingCallable call, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).satisfies(e -> {
            DomainException d = (DomainException) e;
            assertThat(d.messageKey()).isEqualTo(key);
            assertThat(d.arguments()).containsExactly(args);
        });
    }
}
