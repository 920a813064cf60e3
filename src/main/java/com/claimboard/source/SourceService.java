package com.claimboard.source;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.TextLimit;
import com.claimboard.shared.WebAddresses;
import com.claimboard.shared.fetching.FetchFailure;
import com.claimboard.shared.fetching.FetchedPage;
import com.claimboard.shared.fetching.SafeFetcher;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attaching sources to claims and reading their snapshots. Fetching happens in {@link SourceFetchWorker}. */
@Service
public class SourceService {

    /** A source's address, as the form states it and the service enforces it. */
    public static final TextLimit URL = new TextLimit("source.url", WebAddresses.MAX_LENGTH);

    private final SourceRepository sources;
    private final ClaimService claims;
    private final SafeFetcher fetcher;
    private final ApplicationEventPublisher events;

    SourceService(
            SourceRepository sources, ClaimService claims, SafeFetcher fetcher, ApplicationEventPublisher events) {
        this.sources = sources;
        this.claims = claims;
        this.fetcher = fetcher;
        this.events = events;
    }

    /**
     * Attaches a source by URL; it is fetched in the background once this transaction commits. An address the
     * fetcher would refuse for its form alone (not http(s), credentials, 127.1, a private literal address) is
     * refused here with the same reason as at import, and nothing is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public SourceSummary attach(long claimId, String url, Stance stance) {
        requireResearcher(claimId);
        String cleaned = requireWebAddress(url);
        Source source = sources.save(new Source(claimId, cleaned, stance, CurrentUser.username()));
        events.publishEvent(new SourceAttached(source.id(), source.url()));
        return source.summary();
    }

    /**
     * Attaches a source from a saved copy of the page (when the site is down or blocks us): the snapshot is
     * taken from the bytes given, through the same extraction as a fetch.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public SourceSummary attachSavedCopy(long claimId, String url, Stance stance, byte[] page, String contentType) {
        requireResearcher(claimId);
        FetchedPage saved = new FetchedPage(url, url, 200, contentType, null, page);
        Snapshot snapshot = Snapshot.of(saved);
        Source source = sources.save(new Source(claimId, requireWebAddress(url), stance, CurrentUser.username()));
        record(source, saved, snapshot);
        return source.summary();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<SourceSummary> sourcesOf(long claimId) {
        return sources.findByClaimIdOrderByAddedAt(claimId).stream()
                .map(Source::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public long fetchedCount(long claimId) {
        return sources.countByClaimIdAndState(claimId, FetchState.FETCHED);
    }

    /**
     * The stored text of a source, for anyone: the public site serves it, but only through a published
     * fact-check that cites the source (see {@code PublishingService.snapshot}).
     */
    @Transactional(readOnly = true)
    public String snapshot(long sourceId) {
        return sources.findById(sourceId).map(Source::snapshotText).orElseThrow(() -> new NotFound("source", sourceId));
    }

    @Transactional(readOnly = true)
    List<SourceAttached> pending() {
        return sources.findByState(FetchState.PENDING).stream()
                .map(source -> new SourceAttached(source.id(), source.url()))
                .toList();
    }

    /** Stores what the fetcher brought back, worked out beforehand; a short transaction after the network work. */
    @Transactional
    void recordFetched(long sourceId, FetchedPage page, Snapshot snapshot) {
        sources.findById(sourceId)
                .filter(s -> s.state() == FetchState.PENDING)
                .ifPresent(s -> record(s, page, snapshot));
    }

    @Transactional
    void recordFailed(long sourceId, FetchFailure.Reason reason, String detail) {
        sources.findById(sourceId)
                .filter(s -> s.state() == FetchState.PENDING)
                .ifPresent(s -> s.failed(reason.name(), detail));
    }

    private static void record(Source source, FetchedPage page, Snapshot snapshot) {
        if (snapshot.failure() != null) {
            source.failed(snapshot.failure().name(), snapshot.detail());
        } else {
            source.fetched(page.finalUrl(), page.status(), page.contentType(), snapshot.title(), snapshot.text());
        }
    }

    private void requireResearcher(long claimId) {
        if (!claims.allows(claimId, ClaimAction.RESEARCH)) {
            throw new DomainRuleViolation("source.error.not-researching", "take the claim before attaching sources");
        }
    }

    /** Refuses, before anything is stored, an address the fetcher would refuse for its form alone. */
    private String requireWebAddress(String url) {
        String cleaned = URL.check(url == null ? "" : url.strip());
        if (cleaned.isEmpty()) {
            throw new DomainRuleViolation("source.error.url-required", "no address given");
        }
        try {
            fetcher.checkAddress(cleaned);
        } catch (FetchFailure refused) {
            throw new DomainRuleViolation(refused.reason().messageKey(), refused.getMessage());
        }
        return cleaned;
    }
}
