package com.claimboard.organisation;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The methodology as written in Markdown (commonmark), rendered to HTML and then cleaned by jsoup to the tags a
 * text needs (headings, paragraphs, lists, emphasis, quotations, tables, links): no script, no raw HTML, no
 * images, no styles; links get {@code rel="nofollow"}.
 */
final class Methodology {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private Methodology() {}

    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return Jsoup.clean(HTML.render(MARKDOWN.parse(markdown)), ALLOWED);
    }
}
