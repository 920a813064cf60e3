package com.claimboard.source;

import com.claimboard.shared.fetching.FetchFailure;
import com.claimboard.shared.fetching.FetchedPage;
import com.claimboard.shared.fetching.SafeFetcher;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fetches attached sources off the request thread, after the attaching transaction has committed, and never
 * inside a transaction: the network work comes first, then a short transaction stores the result. Sources
 * still pending at start-up (the application stopped mid-fetch) are fetched again.
 */
@Component
class SourceFetchWorker {

    private static final Logger log = LoggerFactory.getLogger(SourceFetchWorker.class);

    private final SourceService sources;
    private final SafeFetcher fetcher;
    private final Executor executor;

    SourceFetchWorker(SourceService sources, SafeFetcher fetcher, @Qualifier("fetchExecutor") Executor executor) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.executor = executor;
    }

    @TransactionalEventListener
    void on(SourceAttached attached) {
        executor.execute(() -> fetch(attached));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumePending() {
        sources.pending().forEach(pending -> executor.execute(() -> fetch(pending)));
    }

    void fetch(SourceAttached attached) {
        try {
            FetchedPage page = fetcher.fetch(attached.url());
            sources.recordFetched(attached.sourceId(), page, Snapshot.of(page));
        } catch (FetchFailure failure) {
            log.info("Source {} not fetched: {} ({})", attached.sourceId(), failure.reason(), failure.getMessage());
            sources.recordFailed(attached.sourceId(), failure.reason(), failure.getMessage());
        } catch (RuntimeException unexpected) {
            log.warn("Source {} failed unexpectedly", attached.sourceId(), unexpected);
            sources.recordFailed(attached.sourceId(), FetchFailure.Reason.NETWORK, unexpected.getMessage());
        }
    }
}
