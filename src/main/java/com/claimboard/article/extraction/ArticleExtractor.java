package com.claimboard.article.extraction;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Finds an article's metadata and main text in a web page: {@link PageDecoder} decodes the bytes like a
 * browser, {@link MetadataReader} reads what the page says about itself, {@link ContentFinder} finds the
 * article's container, {@link Leftovers} takes out what a reader skips in it, {@link Standfirst} brings back a
 * lead set apart from it and {@link TextBlocks} turns it into lines. Thread-safe; no state between calls.
 */
public final class ArticleExtractor {

    /** Larger inputs are refused rather than parsed: work stays bounded. */
    public static final int MAX_PAGE_BYTES = 20 * 1024 * 1024;

    /**
     * Elements nest at most this deep; deeper ones are kept, as siblings at this depth. Real news pages nest 43
     * levels at the most (617 pages of the corpora); a page nested 100,000 deep would otherwise make every
     * question about an element's ancestors or contents cost the page's depth.
     */
    static final int MAX_DEPTH = 128;

    private static final Safelist DISPLAY = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("blockquote", "cite")
            .addProtocols("a", "href", "http", "https");

    private final boolean withHtml;

    /** An extractor of metadata and text, for batch work and the splitter. */
    public ArticleExtractor() {
        this(false);
    }

    private ArticleExtractor(boolean withHtml) {
        this.withHtml = withHtml;
    }

    /** An extractor that also gives the article as cleaned HTML, for showing it to people. */
    public static ArticleExtractor withDisplayHtml() {
        return new ArticleExtractor(true);
    }

    /**
     * Extracts from a page's bytes, decoding them with the byte-order mark, the declared charset (from the
     * HTTP header; may be null), the page's own meta charset, or a UTF-8/windows-1252 fallback.
     *
     * @throws ExtractionException when the bytes are binary data or too large
     */
    public ExtractedArticle extract(byte[] page, String declaredCharset, String baseUrl) {
        if (page.length > MAX_PAGE_BYTES) {
            throw new ExtractionException("The page is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB.");
        }
        return extract(PageDecoder.decode(page, declaredCharset), baseUrl);
    }

    /** Extracts from a page already decoded to text; {@code baseUrl} resolves relative links (may be null). */
    public ExtractedArticle extract(String html, String baseUrl) {
        if (html.length() > MAX_PAGE_BYTES) {
            throw new ExtractionException("The page is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB.");
        }
        String base = baseUrl == null ? "" : baseUrl;
        Document doc = parse(html, base);
        Metadata metadata = MetadataReader.read(doc);
        Element content = ContentFinder.find(doc, () -> parse(html, base), metadata.title());
        if (content != null) {
            Leftovers.strip(content);
            Standfirst.restore(content, metadata.description(), () -> parse(html, base));
        }
        List<String> blocks = content == null ? List.of() : TextBlocks.of(content);
        String cleanHtml = content == null || !withHtml ? "" : displayHtml(content, base);
        return new ExtractedArticle(
                metadata.title(),
                metadata.byline(),
                metadata.siteName(),
                metadata.publishedTime(),
                metadata.lang(),
                metadata.canonicalUrl(),
                blocks,
                cleanHtml);
    }

    private static Document parse(String html, String base) {
        return Jsoup.parse(html, base, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    }

    /** The article as HTML safe to show: cleaned in place rather than printed and parsed again. */
    private static String displayHtml(Element content, String baseUri) {
        Document shell = Document.createShell(baseUri);
        shell.body().appendChild(content.clone());
        return new Cleaner(DISPLAY).clean(shell).body().html();
    }
}
