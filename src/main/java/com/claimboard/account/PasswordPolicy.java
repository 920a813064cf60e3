package com.claimboard.account;

import com.claimboard.shared.DomainRuleViolation;
import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.List;
import java.util.Objects;

/**
 * What a password a person chooses must be: at least {@value #MIN} characters, at most {@value #MAX}, not one of
 * the most common passwords (zxcvbn's list of them, also spelt backwards or in l33t), not made mostly of the person's own
 * name, username or e-mail, and not easily guessed from words, names, dates or keyboard patterns (zxcvbn's score of 3 or more, its
 * "safely unguessable"). Each refusal says which of these it is.
 */
final class PasswordPolicy {

    static final int MIN = 10;
    static final int MAX = 128;
    private static final int LOWEST_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {}

    /** The password, when it may be used; otherwise a refusal that names the rule it breaks. */
    static String check(String password, String... aboutThePerson) {
        if (password == null || password.length() < MIN) {
            throw new DomainRuleViolation("password.error.too-short", "shorter than " + MIN, MIN);
        }
        if (password.length() > MAX) {
            throw new DomainRuleViolation("password.error.too-long", "longer than " + MAX, MAX);
        }
        if (password.isBlank()) {
            throw new DomainRuleViolation("password.error.guessable", "only spaces");
        }
        List<String> inputs = java.util.Arrays.stream(aboutThePerson)
                .filter(Objects::nonNull)
                .flatMap(value -> java.util.Arrays.stream(
                        value.toLowerCase(java.util.Locale.ROOT).split("[\\s@.]+")))
                .filter(word -> word.length() >= 3)
                .toList();
        Strength strength = ESTIMATOR.measure(password, inputs);
        if (isCommon(password, strength)) {
            throw new DomainRuleViolation("password.error.common", "among the most common passwords");
        }
        if (personalShare(strength) * 2 >= password.length()) {
            throw new DomainRuleViolation("password.error.personal", "made of the person's own names");
        }
        if (strength.getScore() < LOWEST_SCORE) {
            throw new DomainRuleViolation("password.error.guessable", "score " + strength.getScore());
        }
        return password;
    }

    /** How many of the password's characters spell the person's own name, username or e-mail. */
    private static int personalShare(Strength strength) {
        int characters = 0;
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary && "user_inputs".equals(match.dictionaryName)) {
                characters += match.j - match.i + 1;
            }
        }
        return characters;
    }

    /**
     * The password is a common one, give or take its case, a reversal, l33t spelling, or a character or two added
     * ("Password123!").
     */
    private static boolean isCommon(String password, Strength strength) {
        int common = 0;
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName)) {
                common += match.j - match.i + 1;
            }
        }
        return common >= password.length() - 2;
    }
}
