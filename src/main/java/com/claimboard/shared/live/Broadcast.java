package com.claimboard.shared.live;

import java.util.function.Consumer;

/**
 * Tells every open screen that something changed. This is the one seam between the domain and live updates:
 * today one JVM ({@link InMemoryBroadcast}); several nodes would implement it over PostgreSQL LISTEN/NOTIFY,
 * publishing {@link Change#wire()} and delivering what the others publish. Services do not call it directly but
 * through {@link Changes}, which waits for the commit.
 */
public interface Broadcast {

    /** Delivers the change to every subscriber, off the caller's thread; never throws for a subscriber's fault. */
    void publish(Change change);

    /** Adds a listener until the returned subscription is cancelled. */
    Subscription subscribe(Consumer<Change> listener);

    /** How many listeners are subscribed now: a screen that closes must leave none behind. */
    int subscribers();

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
