package com.claimboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void a_lock_ends_after_its_time_and_counts_a_username_whatever_its_case() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("Rita", "10.1.1.1");
        }
        assertThat(throttle.isLocked("rita", "10.9.9.9")).isFalse();
        throttle.failed(" RITA ", "10.1.1.2");
        assertThat(throttle.isLocked("rita", "10.9.9.9")).isTrue();

        now = now.plus(LoginThrottle.LOCK).minus(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("rita", "10.9.9.9")).isTrue();
        now = now.plus(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("rita", "10.9.9.9")).isFalse();
    }
}
