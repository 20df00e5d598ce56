package com.pingyi.evaluation.application.service.account;

import com.pingyi.evaluation.domain.user.NewPassword;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Temporary passwords an admin hands over: 16 characters with every class the strength rule knows,
 * and none that a person misreads when copying (0/O, 1/l/I).
 */
final class TemporaryPasswords {

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SIGNS = "-_.!@#";
    private static final String ALL = LOWER + UPPER + DIGITS + SIGNS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static NewPassword generate() {
        List<Character> chars = new ArrayList<>();
        for (String kind : List.of(LOWER, UPPER, DIGITS, SIGNS)) {
            chars.add(pick(kind));
        }
        while (chars.size() < 16) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return NewPassword.of(out.toString());
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
