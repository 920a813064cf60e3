package com.claimboard.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.DomainRuleViolation;

/** The one way tests say "refused, with this message": a {@link DomainRuleViolation} with that key. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo(messageKey);
    }
}
