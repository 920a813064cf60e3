package com.claimboard.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The public copy of an article with a published claim: what {@code /articles/{id}} shows. */
@Entity
@Table(name = "published_articles")
class PublishedArticle {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Version
    private long version;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private String url;

    @Column(length = 200)
    private String outlet;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(length = 10)
    private String lang;

    @Column(nullable = false, length = 1_000_000)
    private String body;

    @Column(name = "copied_at", nullable = false)
    private Instant copiedAt;

    protected PublishedArticle() {}

    PublishedArticle(long articleId) {
        this.articleId = articleId;
    }

    /** The article as it is now, copied again at each publication of one of its claims. */
    void copy(String title, String url, String outlet, LocalDate publishedOn, String lang, String body, Instant at) {
        this.title = title;
        this.url = url;
        this.outlet = outlet;
        this.publishedOn = publishedOn;
        this.lang = lang;
        this.body = body;
        this.copiedAt = at;
    }

    long articleId() {
        return articleId;
    }

    String title() {
        return title;
    }

    String url() {
        return url;
    }

    String outlet() {
        return outlet;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    String lang() {
        return lang;
    }

    String body() {
        return body;
    }
}
