package com.claimboard.publishing;

import com.claimboard.shared.search.Analysis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A published fact-check: a copy of what was approved, so that later drafts never leak to the public site.
 * A later approval on the same claim is a correction, and the replaced verdict is kept as a revision.
 */
@Entity
@Table(name = "fact_checks")
@Indexed(index = "fact_checks")
class FactCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "claim_id", nullable = false, unique = true)
    private long claimId;

    @Column(name = "verdict_id", nullable = false)
    private long verdictId;

    @Column(name = "claim_text", nullable = false, length = 20_000)
    @FullTextField(name = "claimEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "claimFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String claimText;

    @Column(length = 300)
    @FullTextField(name = "claimant", analyzer = Analysis.NAME)
    private String speaker;

    /** The rating's code, and its names and value as they were when this verdict was published. */
    @Column(nullable = false, length = 30)
    private String rating;

    @Column(name = "rating_name_en", length = 60)
    private String ratingNameEn;

    @Column(name = "rating_name_fr", length = 60)
    private String ratingNameFr;

    @Column(name = "rating_value")
    private Integer ratingValue;

    @Column(nullable = false, length = 280)
    @FullTextField(name = "summaryEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "summaryFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String summary;

    @Column(nullable = false, length = 20_000)
    @FullTextField(name = "explanationEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "explanationFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String explanation;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "editor_name", nullable = false, length = 200)
    private String editorName;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "article_title", nullable = false, length = 500)
    private String articleTitle;

    @Column(name = "article_url", length = 2000)
    private String articleUrl;

    @Column(name = "article_outlet", length = 200)
    private String articleOutlet;

    @Column(name = "article_published_on")
    private LocalDate articlePublishedOn;

    @Column(name = "first_published_at", nullable = false)
    private Instant firstPublishedAt;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** PERSON or ORGANIZATION, when the claimant ({@link #speaker}, as confirmed by a reviewer) is known. */
    @Column(name = "claimant_kind", length = 20)
    private String claimantKind;

    @Column(name = "claim_made_on")
    private LocalDate claimMadeOn;

    @Column(name = "appearance_url", length = 2000)
    private String appearanceUrl;

    @Column(name = "claim_lang", length = 10)
    private String claimLang;

    /** Where the claim stands in its article's text, [start, end). */
    @Column(name = "claim_start")
    private Integer claimStart;

    @Column(name = "claim_end")
    private Integer claimEnd;

    /** The editor's note on what is being corrected, from the reopening until the corrected verdict is out. */
    @Column(name = "pending_correction_note", length = 5000)
    private String pendingCorrectionNote;

    @Column(name = "withdrawn_at")
    @GenericField
    private Instant withdrawnAt;

    @Column(name = "withdrawal_notice", length = 5000)
    private String withdrawalNotice;

    @Column(name = "withdrawn_by", length = 200)
    private String withdrawnBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fact_check_sources", joinColumns = @JoinColumn(name = "fact_check_id"))
    @OrderColumn(name = "position")
    private List<PublishedSource> sources = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fact_check_passages", joinColumns = @JoinColumn(name = "fact_check_id"))
    @OrderColumn(name = "position")
    private List<PublishedPassage> passages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fact_check_revisions", joinColumns = @JoinColumn(name = "fact_check_id"))
    @OrderColumn(name = "position")
    private List<Revision> revisions = new ArrayList<>();

    protected FactCheck() {}

    FactCheck(String slug, long claimId, Content content) {
        this.slug = slug;
        this.claimId = claimId;
        this.firstPublishedAt = content.publishedAt();
        apply(content);
    }

    /** The content of one approved verdict, with the claim and article it rules on. */
    record Content(
            long verdictId,
            String claimText,
            String speaker,
            String claimantKind,
            LocalDate claimMadeOn,
            String appearanceUrl,
            String claimLang,
            PublishedRating rating,
            String summary,
            String explanation,
            String authorName,
            String editorName,
            long articleId,
            String articleTitle,
            String articleUrl,
            String articleOutlet,
            LocalDate articlePublishedOn,
            Instant publishedAt,
            List<PublishedSource> sources,
            List<PublishedPassage> passages,
            int claimStart,
            int claimEnd) {}

    /** The corrected verdict replaces the published one, which is kept with the editor's note on the change. */
    void correct(Content content) {
        revisions.add(new Revision(
                rating,
                summary,
                publishedAt,
                content.publishedAt(),
                pendingCorrectionNote,
                ratingNameEn,
                ratingNameFr));
        pendingCorrectionNote = null;
        apply(content);
    }

    /**
     * The page as it will read once {@code next} is approved, computed on a copy: this fact-check is not changed.
     */
    PublishedCheck previewWith(Content next) {
        FactCheck copy = new FactCheck(slug, claimId, next);
        copy.firstPublishedAt = firstPublishedAt;
        copy.revisions = new ArrayList<>(revisions);
        copy.revisions.add(new Revision(
                rating, summary, publishedAt, next.publishedAt(), pendingCorrectionNote, ratingNameEn, ratingNameFr));
        return copy.view();
    }

    /** Opened for correction: the page is unchanged until the corrected verdict is approved. */
    void correctionPending(String note) {
        this.pendingCorrectionNote = note;
    }

    /** Withdrawn: the page keeps its address and shows the notice, never the rating again. */
    void withdraw(String notice, String editorName, Instant at) {
        this.withdrawalNotice = notice;
        this.withdrawnBy = editorName;
        this.withdrawnAt = at;
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    long id() {
        return id;
    }

    private void apply(Content content) {
        this.verdictId = content.verdictId();
        this.claimText = content.claimText();
        this.speaker = content.speaker();
        this.claimantKind = content.claimantKind();
        this.claimMadeOn = content.claimMadeOn();
        this.appearanceUrl = content.appearanceUrl();
        this.claimLang = content.claimLang();
        this.rating = content.rating().code();
        this.ratingNameEn = content.rating().nameEn();
        this.ratingNameFr = content.rating().nameFr();
        this.ratingValue = content.rating().value();
        this.summary = content.summary();
        this.explanation = content.explanation();
        this.authorName = content.authorName();
        this.editorName = content.editorName();
        this.articleId = content.articleId();
        this.articleTitle = content.articleTitle();
        this.articleUrl = content.articleUrl();
        this.articleOutlet = content.articleOutlet();
        this.articlePublishedOn = content.articlePublishedOn();
        this.publishedAt = content.publishedAt();
        this.sources = new ArrayList<>(content.sources());
        this.passages = new ArrayList<>(content.passages());
        this.claimStart = content.claimStart();
        this.claimEnd = content.claimEnd();
    }

    long articleId() {
        return articleId;
    }

    /** The claim's span in the article's text, or null for a fact-check published before spans were kept. */
    int[] claimSpan() {
        return claimStart == null || claimEnd == null ? null : new int[] {claimStart, claimEnd};
    }

    PublishedCheck view() {
        return new PublishedCheck(
                slug,
                claimText,
                speaker,
                claimantKind,
                claimMadeOn,
                appearanceUrl,
                claimLang,
                new PublishedRating(rating, ratingNameEn, ratingNameFr, ratingValue),
                summary,
                explanation,
                authorName,
                editorName,
                articleTitle,
                articleUrl,
                articleOutlet,
                articlePublishedOn,
                firstPublishedAt,
                publishedAt,
                List.copyOf(sources),
                List.copyOf(passages),
                List.copyOf(revisions),
                withdrawnAt == null ? null : new PublishedCheck.Withdrawal(withdrawnAt, withdrawalNotice, withdrawnBy),
                articleId);
    }
}
