package com.claimboard.shared.search;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted text as HTML in which only {@code <mark>} is markup: the highlighter's output (already encoded) is
 * cleaned once more, and a text without a highlight is escaped whole.
 */
public final class Marked {

    private static final Safelist MARKS = Safelist.none().addTags("mark");

    private Marked() {}

    /** The first fragment that has a mark, from any of the lists given (one per analysed field), else null. */
    public static String firstMarked(List<?>... fragmentLists) {
        for (List<?> fragments : fragmentLists) {
            for (Object fragment : fragments) {
                if (fragment instanceof String text && text.contains("<mark>")) {
                    return Jsoup.clean(text, MARKS);
                }
            }
        }
        return null;
    }

    /**
     * The highlighter every search here uses: the words found in {@code <mark>}, the rest HTML-encoded, one fragment
     * of about {@code fragmentSize} characters (what {@link #firstMarked} then cleans).
     */
    public static org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep highlighter(
            org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory h, int fragmentSize) {
        return h.plain()
                .tag("<mark>", "</mark>")
                .encoder(org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder.HTML)
                .fragmentSize(fragmentSize)
                .numberOfFragments(1);
    }

    /** {@code highlighted} when not null, else {@code plain} escaped. */
    public static String orPlain(String highlighted, String plain) {
        return highlighted != null ? highlighted : HtmlUtils.htmlEscape(plain == null ? "" : plain);
    }
}
