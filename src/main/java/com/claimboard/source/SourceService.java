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
import com.claimboard.shared.live.Changes;
import com.claimboard.shared.search.Marked;
import com.claimboard.shared.search.Period;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** Attaching sources to claims and reading their snapshots. Fetching happens in {@link FetchJobs}. */
@Service
public class SourceService {

    @PersistenceContext
    private EntityManager entityManager;

    /** A source's address, as the form states it and the service enforces it. */
    public static final TextLimit URL = new TextLimit("source.url", WebAddresses.MAX_LENGTH);

    /** An excerpt typed by hand: a long quotation fits, a whole report does not. */
    public static final TextLimit EXCERPT_TEXT = new TextLimit("source.excerpt.text", 20_000);

    public static final TextLimit EXCERPT_TITLE = new TextLimit("source.excerpt.title", 500);

    public static final TextLimit EXCERPT_OUTLET = new TextLimit("source.excerpt.outlet", 200);

    private final SourceRepository sources;
    private final ClaimService claims;
    private final SafeFetcher fetcher;
    private final ApplicationEventPublisher events;
    private final long maxUploadBytes;
    private final TransactionTemplate transactions;
    private final Changes changes;

    SourceService(
            SourceRepository sources,
            ClaimService claims,
            SafeFetcher fetcher,
            ApplicationEventPublisher events,
            @Value("${claimboard.import.max-upload-size:5MB}") DataSize maxUpload,
            PlatformTransactionManager transactionManager,
            Changes changes) {
        this.changes = changes;
        this.sources = sources;
        this.claims = claims;
        this.fetcher = fetcher;
        this.events = events;
        this.maxUploadBytes = maxUpload.toBytes();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The largest file a reviewer may upload as a source, the same as an article's. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Attaches an uploaded file as a source: a saved web page (HTML) or a PDF, told apart by what the file is,
     * not by its name. Its copy is taken at once, through the same extraction as a fetch; the address, where the
     * reviewer gives one, is where readers can find the original. A file too large, of another kind, or without
     * text is refused with the reason, and nothing is stored.
     */
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public SourceSummary attachFile(long claimId, String url, Stance stance, String fileName, byte[] content) {
        requireResearcher(claimId);
        String name = fileName == null ? "" : fileName;
        if (content == null || content.length == 0) {
            throw new DomainRuleViolation("source.error.file-empty", "empty file", name);
        }
        if (content.length > maxUploadBytes) {
            throw new DomainRuleViolation(
                    "source.error.file-too-large", "file too large", name, Math.round(maxUploadBytes / 1048576.0));
        }
        String address = WebAddresses.optional(url, URL.labelKey());
        boolean pdf = PdfText.looksLikePdf(content);
        String type = pdf ? "application/pdf" : "text/html";
        FetchedPage saved = new FetchedPage(address, address, 200, type, null, content);
        Snapshot snapshot = Snapshot.of(saved);
        if (snapshot.failure() != null) {
            throw new DomainRuleViolation(snapshot.failure().messageKey(), snapshot.detail());
        }
        // The file was read above, outside any transaction: only the write holds a connection.
        Source source = new Source(
                claimId, pdf ? SourceKind.PDF : SourceKind.SAVED_PAGE, address, stance, CurrentUser.username());
        source.fetched(address, 200, type, snapshot.title() != null ? snapshot.title() : name, snapshot.text());
        return transactions.execute(status -> {
            SourceSummary attached = sources.save(source).summary();
            changes.claim(claimId);
            return attached;
        });
    }

    /** Attaches a passage typed by hand with its citation; it is its own stored copy. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public SourceSummary attachExcerpt(long claimId, Stance stance, Excerpt excerpt) {
        requireResearcher(claimId);
        String text = EXCERPT_TEXT.check(strip(excerpt.text()));
        String title = EXCERPT_TITLE.check(strip(excerpt.title()));
        String outlet = EXCERPT_OUTLET.check(strip(excerpt.outlet()));
        if (text == null || text.isEmpty()) {
            throw new DomainRuleViolation("source.error.excerpt-text-required", "no text");
        }
        if (title == null || title.isEmpty()) {
            throw new DomainRuleViolation("source.error.excerpt-title-required", "no title");
        }
        if (excerpt.date() != null && excerpt.date().isAfter(LocalDate.now().plusDays(1))) {
            throw new DomainRuleViolation("source.error.excerpt-future", "dated after today");
        }
        String address = WebAddresses.optional(excerpt.url(), URL.labelKey());
        Excerpt cleaned =
                new Excerpt(text, title, outlet == null || outlet.isEmpty() ? null : outlet, excerpt.date(), address);
        SourceSummary attached = sources.save(Source.excerpt(claimId, stance, cleaned, CurrentUser.username()))
                .summary();
        changes.claim(claimId);
        return attached;
    }

    /** Tries a failed fetch again, in the background like the first time. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public SourceSummary retry(long sourceId) {
        Source source = live(sourceId);
        requireResearcher(source.claimId());
        if (source.kind() != SourceKind.WEB || source.state() != FetchState.FAILED) {
            throw new DomainRuleViolation("source.error.not-retriable", "not a failed fetch");
        }
        source.retry();
        events.publishEvent(new SourceAttached(source.id()));
        changes.claim(source.claimId());
        return source.summary();
    }

    /**
     * Removes a source that is no longer wanted from a claim being researched; the source is kept, marked
     * removed, and the claim's history says who removed it and when. A published fact-check keeps the sources it
     * was published with until a correction replaces them.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public void remove(long sourceId) {
        Source source = live(sourceId);
        requireResearcher(source.claimId());
        source.remove(CurrentUser.username(), Instant.now());
        claims.noteSourceRemoved(source.claimId(), source.summary().label());
    }

    private Source live(long sourceId) {
        return sources.findById(sourceId)
                .filter(source -> !source.removed())
                .orElseThrow(() -> new NotFound("source", sourceId));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
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
        events.publishEvent(new SourceAttached(source.id()));
        changes.claim(claimId);
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
        changes.claim(claimId);
        return source.summary();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<SourceSummary> sourcesOf(long claimId) {
        return sources.findByClaimIdAndRemovedAtIsNullOrderByAddedAt(claimId).stream()
                .map(Source::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public long fetchedCount(long claimId) {
        return sources.countByClaimIdAndStateAndRemovedAtIsNull(claimId, FetchState.FETCHED);
    }

    /** A source's stored copy, for the desk: what the reviewer relied on and the editor reads before approving. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public StoredCopy storedCopy(long sourceId) {
        Source source = sources.findById(sourceId).orElseThrow(() -> new NotFound("source", sourceId));
        return new StoredCopy(source.summary(), source.snapshotText());
    }

    /** A source with the text kept of it (null until fetched, or when the fetch failed). */
    public record StoredCopy(SourceSummary source, String text) {}

    /**
     * The stored text of a source, for anyone: the public site serves it, but only through a published
     * fact-check that cites the source (see {@code PublishingService.snapshot}).
     */
    @Transactional(readOnly = true)
    public String snapshot(long sourceId) {
        return sources.findById(sourceId).map(Source::snapshotText).orElseThrow(() -> new NotFound("source", sourceId));
    }

    /** The sources waiting to be fetched, for the fetch jobs at start-up. */
    @Transactional(readOnly = true)
    List<Long> pendingIds() {
        return sources.findByState(FetchState.PENDING).stream()
                .filter(source -> source.kind() == SourceKind.WEB && !source.removed())
                .map(Source::id)
                .toList();
    }

    /** The address to fetch, while the source still waits for it (not fetched, failed or removed meanwhile). */
    @Transactional(readOnly = true)
    Optional<String> pendingUrl(long sourceId) {
        return sources.findById(sourceId)
                .filter(source -> source.state() == FetchState.PENDING && !source.removed())
                .map(Source::url);
    }

    /** Counts one more attempt, shown on the source; returns its number. */
    @Transactional
    int startAttempt(long sourceId) {
        Source source = sources.findById(sourceId).orElseThrow(() -> new NotFound("source", sourceId));
        source.attempting();
        changes.claim(source.claimId());
        return source.summary().attempts();
    }

    /** A temporary failure: the source stays pending, says why and when it will be tried again. */
    @Transactional
    void recordRetry(long sourceId, FetchFailure.Reason reason, String detail, Instant next) {
        sources.findById(sourceId).filter(s -> s.state() == FetchState.PENDING).ifPresent(s -> {
            s.retryLater(reason.name(), detail, next);
            changes.claim(s.claimId());
        });
    }

    /** Stores what the fetcher brought back, worked out beforehand; a short transaction after the network work. */
    @Transactional
    void recordFetched(long sourceId, FetchedPage page, Snapshot snapshot) {
        sources.findById(sourceId).filter(s -> s.state() == FetchState.PENDING).ifPresent(s -> {
            record(s, page, snapshot);
            changes.claim(s.claimId());
        });
    }

    @Transactional
    void recordFailed(long sourceId, FetchFailure.Reason reason, String detail) {
        sources.findById(sourceId).filter(s -> s.state() == FetchState.PENDING).ifPresent(s -> {
            s.failed(reason.name(), detail);
            changes.claim(s.claimId());
        });
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

    /**
     * The sources (not removed) whose stored text or title has every word of {@code query}, in French or English,
     * best first, with the passage that matched.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<SourceHit> search(String query, int limit) {
        return search(query, null, limit).hits();
    }

    /** The same, narrowed to a period when given, with how many match in all and per period (the facet). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public SourceSearch search(String query, Period period, int limit) {
        var session = Search.session(entityManager);
        var scope = session.scope(Source.class).predicate();
        // Titles count twice; a removed source is found no more.
        SearchPredicate words = scope.bool()
                .must(scope.simpleQueryString()
                        .fields("textEn", "textFr")
                        .field("titleEn")
                        .boost(2)
                        .field("titleFr")
                        .boost(2)
                        .matching(query)
                        .defaultOperator(BooleanOperator.AND))
                .mustNot(scope.exists().field("removedAt"))
                .toPredicate();
        Instant now = Instant.now();
        var result = session.search(Source.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(),
                                f.highlight("textEn"),
                                f.highlight("textFr"),
                                f.highlight("titleEn"),
                                f.highlight("titleFr"))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .highlighter(h -> Marked.highlighter(h, 220))
                .fetch(limit);
        List<SourceHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            Source source = (Source) row.get(0);
            SourceSummary summary = source.summary();
            hits.add(new SourceHit(
                    summary.id(),
                    summary.claimId(),
                    Marked.orPlain(Marked.firstMarked((List<?>) row.get(3), (List<?>) row.get(4)), summary.label()),
                    Marked.firstMarked((List<?>) row.get(1), (List<?>) row.get(2))));
        }
        return new SourceSearch(hits, result.total().hitCount(), Period.count(session, Source.class, words, now));
    }
}
