package com.claimboard.shared.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Who has a claim open: arrivals, departures, several tabs, and tabs that vanish without a word. */
class PresenceTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryBroadcast broadcast = new InMemoryBroadcast();
    private final List<Change> sent = new CopyOnWriteArrayList<>();
    private final Presence presence = new Presence(broadcast, Duration.ofSeconds(90), clock);

    PresenceTest() {
        broadcast.subscribe(sent::add);
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        broadcast.destroy();
    }

    @Test
    void people_are_listed_once_in_the_order_they_came_and_leave_when_their_last_tab_closes() {
        Presence.Visit rita = presence.join(7, "tab-1", "rita");
        clock.advance(Duration.ofSeconds(1));
        Presence.Visit omar = presence.join(7, "tab-2", "omar");
        clock.advance(Duration.ofSeconds(1));
        Presence.Visit ritaAgain = presence.join(7, "tab-3", "rita");

        assertThat(presence.viewers(7)).containsExactly("rita", "omar");
        assertThat(presence.everyone()).containsOnlyKeys(7L);

        rita.leave();
        assertThat(presence.viewers(7)).as("still in another tab").contains("rita");
        ritaAgain.leave();
        omar.leave();
        omar.leave(); // twice: nothing more happens
        assertThat(presence.viewers(7)).isEmpty();
        assertThat(presence.everyone()).isEmpty();
        await().untilAsserted(() -> assertThat(sent).hasSize(6).containsOnly(Change.presence(7)));
    }

    @Test
    void a_tab_that_stops_beating_drops_out_after_the_timeout_and_the_sweep_says_so() {
        Presence.Visit rita = presence.join(3, "tab-1", "rita");
        presence.join(3, "tab-2", "omar");
        clock.advance(Duration.ofSeconds(60));
        rita.stillHere();
        clock.advance(Duration.ofSeconds(60));

        assertThat(presence.viewers(3)).as("omar's laptop went to sleep").containsExactly("rita");
        await().untilAsserted(() -> assertThat(sent).hasSize(2));
        presence.sweep();
        await().untilAsserted(() -> assertThat(sent).hasSize(3).last().isEqualTo(Change.presence(3)));
        assertThat(presence.viewers(3)).containsExactly("rita");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
