package com.claimboard.shared.ui;

import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Keeps a component up to date while it is on screen: subscribed when attached, unsubscribed when detached (a
 * closed tab, an expired session, navigation away), so no listener outlives its UI. Changes that arrive while a
 * redraw is already waiting are folded into it, so a burst of changes (an import of a thousand cards) costs one
 * redraw, pushed to the browser.
 */
public final class LiveUpdates {

    private LiveUpdates() {}

    /** Runs {@code redraw} in the component's UI after each relevant change, while it is attached. */
    public static void follow(Component component, Broadcast broadcast, Predicate<Change> relevant, Runnable redraw) {
        component.addAttachListener(attached -> {
            UI ui = attached.getUI();
            AtomicBoolean waiting = new AtomicBoolean();
            Broadcast.Subscription subscription = broadcast.subscribe(change -> {
                if (!relevant.test(change) || !waiting.compareAndSet(false, true)) {
                    return;
                }
                try {
                    ui.access(() -> {
                        waiting.set(false);
                        if (component.isAttached()) {
                            redraw.run();
                        }
                    });
                } catch (UIDetachedException closed) {
                    waiting.set(false);
                }
            });
            component.addDetachListener(detached -> {
                subscription.cancel();
                detached.unregisterListener();
            });
        });
    }
}
