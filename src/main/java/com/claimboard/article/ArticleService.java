package com.claimboard.article;

import com.claimboard.article.extraction.ArticleExtractor;
import com.claimboard.article.extraction.ExtractedArticle;
import com.claimboard.article.extraction.ExtractionException;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.WebAddresses;
import com.claimboard.shared.fetching.FetchFailure;
import com.claimboard.shared.fetching.FetchedPage;
import com.claimboard.shared.fetching.SafeFetcher;
import com.claimboard.shared.search.Marked;
import com.claimboard.shared.search.Period;
import com.claimboard.shared.search.Words;
import com.claimboard.shared.text.LanguageDetector;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Importing articles and reading them back. */
@Service
public class ArticleService {

    @PersistenceContext
    private EntityManager entityManager;

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final SafeFetcher fetcher;
    private final Executor fetchExecutor;
    private final UploadLimit uploadLimit;
    private final ArticleExtractor extractor = new ArticleExtractor();

    ArticleService(
            ArticleRepository articles,
            ApplicationEventPublisher events,
            SafeFetcher fetcher,
            @Qualifier("fetchExecutor") Executor fetchExecutor,
            UploadLimit uploadLimit) {
        this.articles = articles;
        this.events = events;
        this.fetcher = fetcher;
        this.fetchExecutor = fetchExecutor;
        this.uploadLimit = uploadLimit;
    }

    /** The largest HTML file a reviewer may upload, as configured (claimboard.import.max-upload-size). */
    public long maxUploadBytes() {
        return uploadLimit.bytes();
    }

    /**
     * Fetches a page through the safe fetcher and extracts its article, off the caller's thread and outside any
     * transaction. The future fails with {@link ImportFailed} saying why (refused address, timeout, not HTML…).
     */
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public CompletableFuture<ArticlePreview> previewFromUrl(String url) {
        String address = ArticleLimits.ADDRESS.check(url == null ? "" : url.strip());
        try {
            fetcher.checkAddress(address); // a refusal from the address alone is said at once, like on attach
        } catch (FetchFailure refused) {
            throw new ImportFailed(refused.reason().messageKey(), refused.getMessage());
        }
        return CompletableFuture.supplyAsync(
                () -> {
                    FetchedPage page;
                    try {
                        page = fetcher.fetch(address);
                    } catch (FetchFailure failure) {
                        throw new ImportFailed(failure.reason().messageKey(), failure.getMessage());
                    }
                    String type =
                            page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
                    if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
                        throw new ImportFailed("import.error.not-html", page.contentType());
                    }
                    return preview(page.body(), page.charset(), page.finalUrl());
                },
                fetchExecutor);
    }

    /**
     * Extracts the article of an uploaded HTML file, off the caller's thread (a large page takes a while, and the
     * caller may hold the person's session), outside any transaction.
     */
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public CompletableFuture<ArticlePreview> previewFromFile(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new ImportFailed("import.error.not-html-file", fileName);
        }
        if (content.length > uploadLimit.bytes()) {
            throw new ImportFailed("import.error.file-too-large", fileName, uploadLimit.megabytes());
        }
        return CompletableFuture.supplyAsync(() -> preview(content, null, null), fetchExecutor);
    }

    private ArticlePreview preview(byte[] page, String charset, String pageUrl) {
        ExtractedArticle article;
        try {
            article = extractor.extract(page, charset, pageUrl);
        } catch (ExtractionException e) {
            throw new ImportFailed("import.error.not-an-article", e.getMessage());
        }
        if (article.blocks().isEmpty()) {
            throw new ImportFailed("import.error.no-text", pageUrl);
        }
        String url = WebAddresses.isWebAddress(article.canonicalUrl()) ? article.canonicalUrl() : pageUrl;
        return new ArticlePreview(
                article.title(),
                article.byline(),
                article.siteName(),
                date(article.publishedTime()),
                article.lang(),
                url,
                article.text());
    }

    /** The day part of an ISO-8601 date or date-time, or null. */
    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    /** An article already imported with the same URL or the same text, so the reviewer can be offered it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Optional<ArticleSummary> findDuplicate(ArticleDraft draft) {
        if (draft.url() != null && !draft.url().isBlank()) {
            Optional<Article> sameUrl = articles.findFirstByUrl(draft.url().strip());
            if (sameUrl.isPresent()) {
                return sameUrl.map(Article::summary);
            }
        }
        return findSameText(draft.text());
    }

    /**
     * Imports an article (pasted, or previewed from a page and edited). The claim module splits it into cards in the same transaction, so an article
     * never exists without its cards.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public long importArticle(ArticleDraft draft) {
        String text = normalise(draft.text());
        if (text.isBlank()) {
            throw new DomainRuleViolation("import.error.text-required", "text required");
        }
        String lang = draft.lang() == null || draft.lang().isBlank()
                ? LanguageDetector.detect(text)
                : draft.lang().strip().toLowerCase(Locale.ROOT);
        Article article = articles.save(new Article(
                new ArticleDraft(
                        draft.title(), text, draft.url(), draft.outlet(), draft.publishedOn(), draft.byline(), lang),
                hash(text),
                CurrentUser.username()));
        events.publishEvent(new ArticleImported(article.id(), text, lang));
        return article.id();
    }

    /** An article already imported with exactly this text, so the reviewer can be offered it instead. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Optional<ArticleSummary> findSameText(String text) {
        return articles.findFirstByContentHash(hash(normalise(text))).map(Article::summary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ArticleSummary summary(long articleId) {
        return articles.findById(articleId).map(Article::summary).orElseThrow(() -> new NotFound("article", articleId));
    }

    /**
     * The articles whose title or text has every word of {@code query} (French or English analysis), narrowed to a
     * language when given, with the count per language over all that match, for the workspace search.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ArticleSearch search(String query, String lang, Period period, int limit) {
        var session = Search.session(entityManager);
        var byLang = AggregationKey.<Map<String, Long>>of("byLang");
        SearchPredicate words =
                Words.all(session.scope(Article.class).predicate(), query, "titleEn", "titleFr", "bodyEn", "bodyFr");
        Instant now = Instant.now();
        var facets = session.search(Article.class)
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .aggregation(
                        byLang, f -> f.terms().field("langKey", String.class).maxTermCount(20))
                .fetch(0);
        var result = session.search(Article.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(),
                                f.highlight("titleEn").highlighter("title"),
                                f.highlight("titleFr").highlighter("title"),
                                f.highlight("bodyEn"),
                                f.highlight("bodyFr"))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(words);
                    if (lang != null) {
                        b.filter(f.match().field("langKey").matching(lang));
                    }
                    if (period != null) {
                        b.filter(period.within(f, now));
                    }
                }))
                .highlighter(h -> Marked.highlighter(h, 200))
                .highlighter("title", h -> Marked.highlighter(h, 1000))
                .fetch(limit);
        List<ArticleHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            ArticleSummary article = ((Article) row.get(0)).summary();
            String title =
                    Marked.orPlain(Marked.firstMarked((List<?>) row.get(1), (List<?>) row.get(2)), article.title());
            String excerpt = Marked.firstMarked((List<?>) row.get(3), (List<?>) row.get(4));
            hits.add(new ArticleHit(article.id(), title, excerpt, article.lang()));
        }
        return new ArticleSearch(
                hits,
                result.total().hitCount(),
                new TreeMap<>(facets.aggregation(byLang)),
                Period.count(session, Article.class, words, now));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public String text(long articleId) {
        return articles.findById(articleId).map(Article::body).orElseThrow(() -> new NotFound("article", articleId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<ArticleSummary> all() {
        return articles.findAllByOrderByImportedAtDesc().stream()
                .map(Article::summary)
                .toList();
    }

    /** Line ends made uniform so offsets and hashes do not depend on the pasting browser's platform. */
    static String normalise(String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
