package com.claimboard.article;

import static com.claimboard.shared.Preconditions.requireText;
import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.WebAddresses;
import com.claimboard.shared.search.Analysis;
import com.claimboard.shared.search.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A news article as imported: its text is what claim cards point into, so it never changes after import. */
@Entity
@Table(name = "articles")
@Indexed(index = "articles")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 500)
    @FullTextField(name = "titleEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "titleFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
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
    @KeywordField(name = "langKey", aggregable = Aggregable.YES)
    private String lang;

    @Column(nullable = false, length = 1_000_000)
    @FullTextField(name = "bodyEn", analyzer = Analysis.ENGLISH, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "bodyFr", analyzer = Analysis.FRENCH, highlightable = Highlightable.PLAIN)
    private String body;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    @GenericField(name = Period.FIELD, aggregable = Aggregable.YES)
    private Instant importedAt;

    protected Article() {}

    /**
     * An article as the reviewer imports it; each field within its limit ({@link ArticleLimits}), the address a
     * web address, the language a code such as "fr": anything else is refused with a message, never cut.
     */
    Article(ArticleDraft draft, String contentHash, String importedBy) {
        rule(draft.title() != null && !draft.title().isBlank(), "import.error.title-required", "title required");
        this.title = ArticleLimits.TITLE.check(draft.title().strip());
        this.body = ArticleLimits.TEXT.check(requireText(draft.text(), "text"));
        this.url = WebAddresses.optional(draft.url(), ArticleLimits.URL.labelKey());
        this.outlet = ArticleLimits.OUTLET.check(blankToNull(draft.outlet()));
        this.byline = ArticleLimits.BYLINE.check(blankToNull(draft.byline()));
        this.publishedOn = draft.publishedOn();
        rule(draft.lang() != null && LANGUAGE.matcher(draft.lang()).matches(), "import.error.lang", "bad language");
        this.lang = draft.lang();
        this.contentHash = contentHash;
        this.importedBy = requireText(importedBy, "importedBy");
        this.importedAt = Instant.now();
    }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

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
