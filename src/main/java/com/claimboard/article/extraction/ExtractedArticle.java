package com.claimboard.article.extraction;

import java.util.List;

/**
 * What the extractor found in a page. Any field but {@code blocks} and {@code html} may be null when the page
 * does not say.
 *
 * @param blocks the article's text blocks in reading order (headings, paragraphs, quotes, list items)
 * @param html the article as cleaned HTML, safe to display (only a safelist of tags and attributes); empty
 *     unless the extractor was made {@link ArticleExtractor#withDisplayHtml()}
 */
public record ExtractedArticle(
        String title,
        String byline,
        String siteName,
        String publishedTime,
        String lang,
        String canonicalUrl,
        List<String> blocks,
        String html) {

    public ExtractedArticle {
        blocks = List.copyOf(blocks);
        html = html == null ? "" : html;
    }

    /** Plain text, one block per line, as the splitter and the CLI want it. */
    public String text() {
        return String.join("\n", blocks);
    }
}
