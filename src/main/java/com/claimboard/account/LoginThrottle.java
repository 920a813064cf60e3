package com.claimboard.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after 5 failed sign-ins for one username, or 20 from one client address, within 15 minutes,
 * further attempts for it are refused for 15 minutes, whatever the password. A username counts the same whether or
 * not an account has it, so the refusal tells nothing about which accounts exist. Kept in memory: a restart
 * forgets it (decision 0010).
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant lockedUntil) {}

    private final Cache<String, Failures> byAccount =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();
    private final Cache<String, Failures> byAddress =
            Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).build();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether sign-in is refused for now for this username or from this address. */
    boolean isLocked(String username, String address) {
        return locked(byAccount.getIfPresent(key(username))) || locked(byAddress.getIfPresent(address));
    }

    void failed(String username, String address) {
        count(byAccount, key(username), ACCOUNT_LIMIT, "account '" + Logs.safe(username) + "'");
        count(byAddress, address, ADDRESS_LIMIT, "address " + address);
    }

    void succeeded(String username) {
        byAccount.invalidate(key(username));
    }

    private void count(Cache<String, Failures> cache, String key, int limit, String what) {
        if (key == null) {
            return;
        }
        Failures failures = cache.asMap().merge(key, new Failures(1, null), (old, one) -> {
            int count = old.count() + 1;
            Instant lockedUntil = count >= limit && old.lockedUntil() == null
                    ? clock.instant().plus(LOCK)
                    : old.lockedUntil();
            return new Failures(count, lockedUntil);
        });
        if (failures.count() == limit) {
            log.warn("Sign-in locked for {} after {} failures: refused until {}", what, limit, failures.lockedUntil());
        }
    }

    private boolean locked(Failures failures) {
        return failures != null
                && failures.lockedUntil() != null
                && clock.instant().isBefore(failures.lockedUntil());
    }

    private static String key(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
