package com.claimboard.article;

import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.text.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Importing articles and reading them back. */
@Service
public class ArticleService {

    /** Longest article text we accept; a paste beyond this is refused with a message, never truncated. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    /**
     * Imports pasted text. The claim module splits it into cards in the same transaction, so an article
     * never exists without its cards.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public long importPasted(ArticleDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new DomainRuleViolation("import.error.title-required", "title required");
        }
        String text = normalise(draft.text());
        if (text.isBlank()) {
            throw new DomainRuleViolation("import.error.text-required", "text required");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new DomainRuleViolation("import.error.too-long", "text longer than " + MAX_TEXT_LENGTH);
        }
        String lang = LanguageDetector.detect(text);
        Article article = articles.save(new Article(
                new ArticleDraft(draft.title(), text, draft.url(), draft.outlet(), draft.publishedOn()),
                lang,
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
