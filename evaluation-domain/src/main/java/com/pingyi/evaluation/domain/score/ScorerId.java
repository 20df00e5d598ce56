package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.regex.Pattern;

/** Who entered a score: an expert, a reviewer, a third-party assessor or a unit contact (a user name or id). */
public record ScorerId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    public ScorerId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new DomainException("scorer.id.malformed", String.valueOf(value));
        }
    }

    public static ScorerId of(String value) {
        return new ScorerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
