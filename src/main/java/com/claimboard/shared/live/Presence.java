package com.claimboard.shared.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has which claim open right now. A screen joins when it shows a claim and leaves when it closes; it also
 * says it is still there at every heartbeat of its browser, so a laptop that went to sleep without a word drops
 * out after {@code claimboard.presence.timeout}. Every arrival and departure is broadcast (ids only).
 *
 * <p>Presence is in memory: it is what this node's screens show now, never stored. Across several nodes each
 * would publish its own and the broadcast would carry them (see decision 0016).
 */
@Component
public class Presence {

    private final Broadcast broadcast;
    private final Duration timeout;
    private final Clock clock;
    private final Map<Long, Map<Object, Visit>> byClaim = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    Presence(Broadcast broadcast, @Value("${claimboard.presence.timeout:90s}") Duration timeout) {
        this(broadcast, timeout, Clock.systemUTC());
    }

    Presence(Broadcast broadcast, Duration timeout, Clock clock) {
        this.broadcast = broadcast;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** One screen showing one claim to one person; {@link #leave} when it stops. */
    public final class Visit {
        private final long claimId;
        private final Object screen;
        private final String username;
        private final AtomicReference<Instant> seen;

        private Visit(long claimId, Object screen, String username) {
            this.claimId = claimId;
            this.screen = screen;
            this.username = username;
            this.seen = new AtomicReference<>(clock.instant());
        }

        /** The screen is still open (its browser's heartbeat). */
        public void stillHere() {
            seen.set(clock.instant());
        }

        public void leave() {
            Map<Object, Visit> visits = byClaim.get(claimId);
            if (visits != null && visits.remove(screen, this)) {
                byClaim.computeIfPresent(claimId, (id, left) -> left.isEmpty() ? null : left);
                broadcast.publish(Change.presence(claimId));
            }
        }

        private boolean expired(Instant now) {
            return seen.get().plus(timeout).isBefore(now);
        }
    }

    /** {@code screen} (one per browser tab) now shows the claim to {@code username}. */
    public Visit join(long claimId, Object screen, String username) {
        Visit visit = new Visit(claimId, screen, username);
        Visit replaced = byClaim.computeIfAbsent(claimId, id -> new ConcurrentHashMap<>())
                .put(screen, visit);
        if (replaced == null || !replaced.username.equals(username)) {
            broadcast.publish(Change.presence(claimId));
        }
        return visit;
    }

    /** The people who have the claim open, in the order they came, each once however many tabs they have. */
    public List<String> viewers(long claimId) {
        Map<Object, Visit> visits = byClaim.get(claimId);
        if (visits == null) {
            return List.of();
        }
        Instant now = clock.instant();
        Set<String> people = new LinkedHashSet<>();
        visits.values().stream()
                .filter(visit -> !visit.expired(now))
                .sorted(java.util.Comparator.comparing(visit -> visit.seen.get()))
                .forEach(visit -> people.add(visit.username));
        return List.copyOf(people);
    }

    /** Every claim someone has open, with who. */
    public Map<Long, List<String>> everyone() {
        Map<Long, List<String>> open = new java.util.HashMap<>();
        for (Long claimId : byClaim.keySet()) {
            List<String> people = viewers(claimId);
            if (!people.isEmpty()) {
                open.put(claimId, people);
            }
        }
        return open;
    }

    /** Drops the screens whose browsers stopped saying they are there. */
    @Scheduled(fixedDelayString = "${claimboard.presence.sweep:15s}")
    public void sweep() {
        Instant now = clock.instant();
        List<Visit> gone = new ArrayList<>();
        byClaim.values()
                .forEach(visits -> visits.values().stream()
                        .filter(visit -> visit.expired(now))
                        .forEach(gone::add));
        gone.forEach(Visit::leave);
    }
}
