package com.claimboard.source;

import static com.claimboard.shared.Preconditions.require;
import static com.claimboard.shared.Preconditions.requireText;

import com.claimboard.shared.search.Analysis;
import com.claimboard.shared.search.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A page cited as evidence for a claim, with the snapshot of its text taken when it was fetched. */
@Entity
@Table(name = "sources")
@Indexed(index = "sources")
class Source {

    static final int MAX_SNAPSHOT_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private long claimId;

    /** Null for a saved page, a PDF or an excerpt that has no address. */
    @Column(length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SourceKind kind = SourceKind.WEB;

    @Column(name = "citation_outlet", length = 200)
    private String citationOutlet;

    @Column(name = "citation_date")
    private LocalDate citationDate;

    @Column(name = "removed_at")
    @GenericField
    private Instant removedAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FetchState state = FetchState.PENDING;

    @Column(name = "failure_reason", length = 40)
    private String failureReason;

    @Column(name = "failure_detail", length = 1000)
    private String failureDetail;

    @Column(name = "final_url", length = 2000)
    private String finalUrl;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(length = 500)
    @FullTextField(name = "titleEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "titleFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String title;

    @Column(name = "snapshot_text", length = MAX_SNAPSHOT_LENGTH)
    @FullTextField(name = "textEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "textFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String snapshotText;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    /** How many times the page was asked for. */
    @Column(name = "fetch_attempts", nullable = false)
    private int fetchAttempts;

    /** When the page will be asked for again after a temporary failure; null when no retry is waiting. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    @GenericField(name = Period.FIELD, aggregable = Aggregable.YES)
    private Instant addedAt;

    protected Source() {}

    Source(long claimId, String url, Stance stance, String addedBy) {
        this(claimId, SourceKind.WEB, requireText(url, "url"), stance, addedBy);
    }

    /** A source of any kind; {@code url} may be null for all but a fetched one. */
    Source(long claimId, SourceKind kind, String url, Stance stance, String addedBy) {
        this.claimId = claimId;
        this.kind = kind;
        this.url = url == null || url.isBlank() ? null : url.strip();
        require(kind != SourceKind.WEB || this.url != null, "a fetched source has an address");
        this.stance = stance == null ? Stance.CONTEXT : stance;
        this.addedBy = requireText(addedBy, "addedBy");
        this.addedAt = Instant.now();
    }

    /** An excerpt typed by hand: stored at once, as its own copy, with its citation. */
    static Source excerpt(long claimId, Stance stance, Excerpt excerpt, String addedBy) {
        Source source = new Source(claimId, SourceKind.EXCERPT, excerpt.url(), stance, addedBy);
        source.citationOutlet = excerpt.outlet();
        source.citationDate = excerpt.date();
        source.state = FetchState.FETCHED;
        source.title = excerpt.title();
        source.snapshotText = excerpt.text();
        source.fetchedAt = source.addedAt;
        return source;
    }

    /** A failed fetch tried again: pending, its failure forgotten (the fetcher takes it after the commit). */
    void retry() {
        require(kind == SourceKind.WEB && state == FetchState.FAILED, "only a failed fetch is retried");
        this.state = FetchState.PENDING;
        this.failureReason = null;
        this.failureDetail = null;
        this.fetchAttempts = 0;
        this.nextAttemptAt = null;
    }

    /** The fetch is about to ask for the page once more. */
    void attempting() {
        require(state == FetchState.PENDING, "only a pending source is fetched");
        fetchAttempts++;
        nextAttemptAt = null;
    }

    /** A temporary failure: still pending, the reason kept, asked again at {@code next}. */
    void retryLater(String reason, String detail, Instant next) {
        require(state == FetchState.PENDING, "only a pending source is retried");
        this.failureReason = reason;
        this.failureDetail = truncate(detail, 1000);
        this.nextAttemptAt = next;
    }

    void remove(String by, Instant at) {
        this.removedAt = at;
        this.removedBy = requireText(by, "by");
    }

    boolean removed() {
        return removedAt != null;
    }

    SourceKind kind() {
        return kind;
    }

    void fetched(String finalUrl, int httpStatus, String contentType, String title, String snapshotText) {
        require(state == FetchState.PENDING, "only a pending source is fetched");
        require(snapshotText.length() <= MAX_SNAPSHOT_LENGTH, "snapshot too long");
        this.state = FetchState.FETCHED;
        this.failureReason = null;
        this.failureDetail = null;
        this.nextAttemptAt = null;
        this.finalUrl = finalUrl;
        this.httpStatus = httpStatus;
        this.contentType = truncate(contentType, 200);
        this.title = truncate(title, 500);
        this.snapshotText = snapshotText;
        this.fetchedAt = Instant.now();
    }

    void failed(String reason, String detail) {
        require(state == FetchState.PENDING, "only a pending source fails");
        this.state = FetchState.FAILED;
        this.nextAttemptAt = null;
        this.failureReason = reason;
        this.failureDetail = truncate(detail, 1000);
        this.fetchedAt = Instant.now();
    }

    /**
     * What the fetched page reported about itself (its title, its content type, why it failed) fits its column;
     * past it, it is shortened and ends in "…" so that nobody takes it for the whole. The snapshot itself is
     * never shortened: a page too long for it fails with a reason that says so.
     */
    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    Long id() {
        return id;
    }

    String url() {
        return url;
    }

    FetchState state() {
        return state;
    }

    long claimId() {
        return claimId;
    }

    String snapshotText() {
        return snapshotText;
    }

    SourceSummary summary() {
        return new SourceSummary(
                id,
                claimId,
                url,
                stance,
                state,
                failureReason,
                failureDetail,
                finalUrl,
                httpStatus,
                contentType,
                title,
                fetchedAt,
                addedBy,
                addedAt,
                kind,
                citationOutlet,
                citationDate,
                fetchAttempts,
                nextAttemptAt);
    }
}
