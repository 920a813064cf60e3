package com.claimboard.article;

import static com.claimboard.shared.Preconditions.require;
import static com.claimboard.shared.Preconditions.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A news article as imported: its text is what claim cards point into, so it never changes after import. */
@Entity
@Table(name = "articles")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private String url;

    @Column(length = 200)
    private String outlet;

    @Column(length = 300)
    private String byline;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(length = 10)
    private String lang;

    @Column(nullable = false, length = ArticleService.MAX_TEXT_LENGTH)
    private String body;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Article() {}

    Article(ArticleDraft draft, String lang, String contentHash, String importedBy) {
        this.title = requireText(draft.title(), "title").strip();
        this.body = requireText(draft.text(), "text");
        require(body.length() <= ArticleService.MAX_TEXT_LENGTH, "article text too long");
        this.url = blankToNull(draft.url());
        this.outlet = blankToNull(draft.outlet());
        this.byline = blankToNull(draft.byline());
        this.publishedOn = draft.publishedOn();
        this.lang = lang;
        this.contentHash = contentHash;
        this.importedBy = requireText(importedBy, "importedBy");
        this.importedAt = Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long id() {
        return id;
    }

    String body() {
        return body;
    }

    String contentHash() {
        return contentHash;
    }

    ArticleSummary summary() {
        return new ArticleSummary(id, title, url, outlet, byline, publishedOn, lang, importedBy, importedAt);
    }
}
