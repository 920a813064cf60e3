package com.claimboard.article.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds an article's metadata and main text in a web page. This first version takes metadata from the usual
 * meta tags and the text from the container holding the most paragraph text; it is deliberately simple
 * and is measured against the readability corpus before it grows.
 */
public final class ArticleExtractor {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li");
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " svg, button, [hidden], [aria-hidden=true], [style*=display:none], [style*=display: none]";

    /** Extracts from a page already decoded to text; {@code baseUrl} resolves relative links (may be null). */
    public ExtractedArticle extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
    }

    /**
     * Extracts from a page's bytes, decoding them with the declared charset or, when there is none, with the
     * byte-order mark or the page's own meta charset (jsoup's detection).
     */
    public ExtractedArticle extract(byte[] page, String declaredCharset, String baseUrl) {
        try {
            Document doc = Jsoup.parse(
                    new ByteArrayInputStream(page), supported(declaredCharset), baseUrl == null ? "" : baseUrl);
            return extract(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String supported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset) ? charset : null;
        } catch (IllegalArgumentException illegalName) {
            return null;
        }
    }

    private ExtractedArticle extract(Document doc) {
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), textOf(doc.selectFirst("h1")));
        String byline = firstNonBlank(
                meta(doc, "author"),
                meta(doc, "article:author"),
                textOf(doc.selectFirst("[rel=author], .byline, .author")));
        String siteName = meta(doc, "og:site_name");
        String published = firstNonBlank(
                meta(doc, "article:published_time"),
                meta(doc, "date"),
                attrOf(doc.selectFirst("time[datetime]"), "datetime"));
        String lang = blankToNull(
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        String canonical = blankToNull(attrOf(doc.selectFirst("link[rel=canonical]"), "abs:href"));
        if (canonical == null) {
            canonical = blankToNull(meta(doc, "og:url"));
        }
        doc.select(NOISE).remove();
        return new ExtractedArticle(title, byline, siteName, published, lang, canonical, blocks(doc));
    }

    private static List<String> blocks(Document doc) {
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = densestContainer(doc);
        }
        List<String> blocks = new ArrayList<>();
        if (root == null) {
            return blocks;
        }
        for (Element element : root.select(String.join(",", BLOCK_TAGS))) {
            if (hasBlockAncestorWithin(element, root)) {
                continue;
            }
            String text = element.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }

    /** The element whose direct paragraph children carry the most text. */
    private static Element densestContainer(Document doc) {
        Element best = doc.body();
        int bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.nameIs("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    private static boolean hasBlockAncestorWithin(Element element, Element root) {
        for (Element parent = element.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (BLOCK_TAGS.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document doc, String name) {
        Elements found = doc.select("meta[property=" + name + "], meta[name=" + name + "]");
        for (Element meta : found) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static String textOf(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String attrOf(Element element, String attribute) {
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
