package com.claimboard.shared.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The broadcast within one JVM. Changes are delivered in order by one thread of their own, so a commit never
 * waits for screens to redraw, and a listener that fails is logged and the others still hear.
 */
@Component
class InMemoryBroadcast implements Broadcast, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InMemoryBroadcast.class);

    private final Set<Consumer<Change>> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("broadcast").daemon().factory());

    @Override
    public void publish(Change change) {
        try {
            delivery.execute(() -> deliver(change));
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // The application is stopping (a screen leaving as the sessions close): nobody is left to tell.
        }
    }

    private void deliver(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException failure) {
                log.warn("A listener failed on {}", change.wire(), failure);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<Change> listener) {
        // Each subscription is its own entry, even for the same listener twice.
        Consumer<Change> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    @Override
    public int subscribers() {
        return listeners.size();
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
