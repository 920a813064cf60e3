package com.claimboard.shared.live;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What services call when they change something others may be looking at. Inside a transaction the change is
 * held until it commits (a rollback sends nothing, and nobody re-reads before the data is there), and each
 * change is sent once however often the transaction touched it; outside one it goes at once.
 */
@Component
public class Changes {

    private final Broadcast broadcast;

    Changes(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    public void claim(long claimId) {
        send(Change.claim(claimId));
    }

    public void article(long articleId) {
        send(Change.article(articleId));
    }

    public void inbox(long accountId) {
        send(Change.inbox(accountId));
    }

    /** The public site's pages changed: sent once, after the commit, to whoever keeps copies of them. */
    public void site() {
        send(Change.site());
    }

    public void send(Change change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            broadcast.publish(change);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Change> pending = (Set<Change>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Change> held = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, held);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Changes.this);
                    if (status == STATUS_COMMITTED) {
                        held.forEach(broadcast::publish);
                    }
                }
            });
            pending = held;
        }
        pending.add(change);
    }
}
