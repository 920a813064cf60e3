package com.claimboard.article.extraction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from, in order of trust: JSON-LD (including {@code @graph} and the NewsArticle
 * family), Open Graph and other meta tags, microdata, {@code <time>}, {@code <html lang>}, and the title element.
 */
final class MetadataReader {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "askpublicnewsarticle",
            "satiricalarticle",
            "blogposting",
            "liveblogposting",
            "socialmediaposting",
            "techarticle",
            "scholarlyarticle",
            "report");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—»·:/]\\s+");

    private MetadataReader() {}

    static Metadata read(Document doc) {
        Map<String, String> metas = metas(doc);
        Map<String, Object> ld = articleJsonLd(doc);
        String siteName = first(
                metas.get("og:site_name"),
                ld == null ? null : name(ld.get("publisher")),
                metas.get("application-name"));
        String title = first(
                ld == null ? null : text(ld.get("headline")),
                metas.get("og:title"),
                metas.get("twitter:title"),
                metas.get("dc.title"),
                cleanTitle(doc.title(), siteName));
        if (title == null) {
            title = textOf(doc.selectFirst("h1"));
        }
        String byline = first(
                ld == null ? null : names(ld.get("author")),
                notUrl(metas.get("author")),
                notUrl(metas.get("article:author")),
                notUrl(metas.get("parsely-author")),
                notUrl(metas.get("dc.creator")));
        if (byline == null) { // the page's markup is searched only when no metadata says
            byline = first(
                    textOf(doc.selectFirst("[itemprop=author] [itemprop=name]")),
                    textOf(doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, .article-author")));
        }
        String published = first(
                metas.get("article:published_time"),
                ld == null ? null : text(ld.get("datePublished")),
                metas.get("parsely-pub-date"),
                metas.get("date"),
                metas.get("pubdate"),
                metas.get("dc.date"),
                metas.get("dcterms.created"),
                metas.get("datepublished"));
        if (published == null) {
            Element time = doc.selectFirst(
                    "[itemprop=datePublished][datetime], article time[datetime], time[pubdate][datetime], time[datetime]");
            published = attr(time, "datetime");
        }
        Element html = doc.selectFirst("html");
        String lang = language(first(
                attr(html, "lang"),
                attr(html, "xml:lang"),
                metaHttpEquiv(doc, "content-language"),
                ld == null ? null : text(ld.get("inLanguage")),
                metas.get("og:locale")));
        String canonical = first(
                attr(doc.head().selectFirst("link[rel=canonical][href]"), "abs:href"),
                metas.get("og:url"),
                ld == null ? null : text(ld.get("url")));
        String body = ld == null ? null : text(ld.get("articleBody"));
        String description = first(
                metas.get("og:description"),
                metas.get("description"),
                metas.get("twitter:description"),
                ld == null ? null : text(ld.get("description")));
        return new Metadata(
                clean(title),
                clean(byline),
                clean(siteName),
                isoDate(published),
                lang,
                clean(canonical),
                body,
                clean(description));
    }

    /** The first JSON-LD object of the article family, looking into arrays and {@code @graph}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> articleJsonLd(Document doc) {
        for (Element script : doc.getElementsByAttributeValue("type", "application/ld+json")) {
            Object json = JsonReader.parse(script.data());
            List<Object> queue = new ArrayList<>();
            queue.add(json);
            for (int i = 0; i < queue.size() && i < 200; i++) {
                Object node = queue.get(i);
                if (node instanceof List<?> list) {
                    queue.addAll(list);
                } else if (node instanceof Map<?, ?> map) {
                    if (map.get("@graph") instanceof List<?> graph) {
                        queue.addAll(graph);
                    }
                    if (isArticle(map.get("@type"))) {
                        return (Map<String, Object>) map;
                    }
                    if (map.get("mainEntity") instanceof Map<?, ?> main) {
                        queue.add(main);
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticle(Object type) {
        if (type instanceof String name) {
            return ARTICLE_TYPES.contains(name.toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", ""));
        }
        if (type instanceof List<?> names) {
            return names.stream().anyMatch(MetadataReader::isArticle);
        }
        return false;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return text(list.getFirst());
        }
        if (value instanceof Map<?, ?> map) {
            return text(map.containsKey("@id") ? map.get("@id") : map.get("name"));
        }
        return null;
    }

    private static String name(Object value) {
        if (value instanceof Map<?, ?> map) {
            return text(map.get("name"));
        }
        return value instanceof String s ? s : null;
    }

    /** Author names joined with commas: an author may be a string, an object, or a list of either. */
    private static String names(Object value) {
        Set<String> names = new LinkedHashSet<>();
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            String name = name(item);
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Every meta tag's content by its property, name or itemprop (lower case); the first one wins. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = meta.attr(attribute).toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key, content);
                }
            }
        }
        return metas;
    }

    private static String metaHttpEquiv(Document doc, String name) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr("http-equiv").equalsIgnoreCase(name) && meta.hasAttr("content")) {
                return meta.attr("content");
            }
        }
        return null;
    }

    /** "Headline - Site" loses the site's name; a title left too short keeps it. */
    private static String cleanTitle(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return title.strip();
        }
        if (siteName != null && parts[parts.length - 1].equalsIgnoreCase(siteName.strip())) {
            return title.substring(0, title.lastIndexOf(parts[parts.length - 1]))
                    .replaceFirst("\\s+[|\\-–—»·:/]\\s+$", "");
        }
        return title.strip();
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        String lang = value.strip().replace('_', '-');
        int dash = lang.indexOf('-');
        String primary = (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** ISO-8601 when the date parses as one; the page's own text otherwise. */
    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        String date = value.strip();
        try {
            return OffsetDateTime.parse(date).toString();
        } catch (DateTimeParseException notOffset) {
            // try the next shape
        }
        try {
            return ZonedDateTime.parse(date).toOffsetDateTime().toString();
        } catch (DateTimeParseException notZoned) {
            // try the next shape
        }
        try {
            return OffsetDateTime.parse(date.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
                    .toString();
        } catch (DateTimeParseException notCompactOffset) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(date).toString(); // no offset given: the page's local time
        } catch (DateTimeParseException notLocalDateTime) {
            // try the next shape
        }
        try {
            return LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date)
                    .toString();
        } catch (DateTimeParseException notDate) {
            return date;
        }
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    private static String attr(Element element, String attribute) {
        return element == null ? null : element.attr(attribute);
    }

    private static String clean(String value) {
        return value == null || value.isBlank()
                ? null
                : value.replaceAll("\\s+", " ").strip();
    }

    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
