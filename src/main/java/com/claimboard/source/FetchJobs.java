package com.claimboard.source;

import com.claimboard.shared.fetching.FetchFailure;
import com.claimboard.shared.fetching.FetchedPage;
import com.claimboard.shared.fetching.SafeFetcher;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fetching sources as persistent jobs (db-scheduler, decision 0017). The job is written in the transaction that
 * attaches the source, so a source is never pending without one; it outlives a restart or a {@code kill -9} (a
 * job a dead node had started is taken up again once its heartbeat is old). A temporary failure (unreachable,
 * too slow, 5xx) is tried again with growing waits, up to {@code claimboard.fetch.max-attempts}; a permanent one
 * (404, a refused address, not a web page) fails at once. At most {@code claimboard.fetch.per-host} fetches run
 * against one site (host and port) at a time: a job for a busy site steps aside for a moment, so a slow site holds up only
 * itself. The network work runs outside any transaction; short transactions record each attempt.
 */
@Component
class FetchJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FetchJobs.class);

    private final SourceService sources;
    private final SafeFetcher fetcher;
    private final HostLimits hosts;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration hostBusyWait;
    private final CustomTask<Void> task;
    private final DataSource dataSource;
    private final SchedulerClient client;
    private final int threads;
    private final Duration pollingInterval;
    private final Duration heartbeat;
    private volatile Scheduler scheduler;

    FetchJobs(
            SourceService sources,
            SafeFetcher fetcher,
            DataSource dataSource,
            @Value("${claimboard.fetch.threads:40}") int threads,
            @Value("${claimboard.fetch.per-host:3}") int perHost,
            @Value("${claimboard.fetch.max-attempts:5}") int maxAttempts,
            @Value("${claimboard.fetch.first-retry:10s}") Duration firstRetry,
            @Value("${claimboard.fetch.host-busy-wait:200ms}") Duration hostBusyWait,
            @Value("${claimboard.fetch.polling-interval:1s}") Duration pollingInterval,
            @Value("${claimboard.fetch.heartbeat:10s}") Duration heartbeat) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.hosts = new HostLimits(perHost);
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.hostBusyWait = hostBusyWait;
        this.task =
                Tasks.custom("fetch-source", Void.class).onDeadExecutionRevive().execute(this::run);
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.client = SchedulerClient.Builder.create(this.dataSource, task).build();
        this.threads = threads;
        this.pollingInterval = pollingInterval;
        this.heartbeat = heartbeat;
    }

    /** In the attaching (or retrying) transaction: the job commits with the source, or neither does. */
    @EventListener
    void on(SourceAttached attached) {
        client.schedule(task.instance(String.valueOf(attached.sourceId())), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Looks for due jobs now rather than at the next poll. */
    private void wake() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    private CompletionHandler<Void> run(TaskInstance<Void> instance, ExecutionContext context) {
        long sourceId = Long.parseLong(instance.getId());
        String url = sources.pendingUrl(sourceId).orElse(null);
        if (url == null) {
            return new CompletionHandler.OnCompleteRemove<>(); // fetched, removed or retried meanwhile
        }
        String host = HostLimits.siteOf(url);
        if (!hosts.tryAcquire(host)) {
            long jitter = ThreadLocalRandom.current().nextLong(hostBusyWait.toMillis() / 2 + 1);
            Instant later = Instant.now().plus(hostBusyWait).plusMillis(jitter);
            return (complete, operations) -> operations.reschedule(complete, later);
        }
        try {
            int attempt = sources.startAttempt(sourceId);
            try {
                FetchedPage page = fetcher.fetch(url);
                sources.recordFetched(sourceId, page, Snapshot.of(page));
            } catch (FetchFailure failure) {
                if (failure.temporary() && attempt < maxAttempts) {
                    Instant next = Instant.now().plus(backoff(attempt));
                    log.info("Source {} attempt {} failed ({}), next at {}", sourceId, attempt, failure.reason(), next);
                    sources.recordRetry(sourceId, failure.reason(), failure.getMessage(), next);
                    return (complete, operations) -> operations.reschedule(complete, next);
                }
                log.info("Source {} not fetched after {} attempt(s): {}", sourceId, attempt, failure.reason());
                sources.recordFailed(sourceId, failure.reason(), failure.getMessage());
            } catch (RuntimeException unexpected) {
                log.warn("Source {} failed unexpectedly", sourceId, unexpected);
                sources.recordFailed(sourceId, FetchFailure.Reason.NETWORK, unexpected.getMessage());
            }
        } finally {
            hosts.release(host);
            // A job that stepped aside for this host may go now.
            wake();
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    /** 10 s, 20 s, 40 s, 80 s… after the first, second, third attempt (with the default first wait). */
    Duration backoff(int attempt) {
        return firstRetry.multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** A new scheduler each time: a stopped one does not start again (and Spring may stop and restart us). */
    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        // Sources left pending without a job (attached before fetch jobs existed) get one.
        for (long sourceId : sources.pendingIds()) {
            client.scheduleIfNotExists(task.instance(String.valueOf(sourceId)), Instant.now());
        }
        Scheduler started = Scheduler.create(dataSource, task)
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(4)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        started.start();
        scheduler = started;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
