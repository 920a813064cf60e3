package com.claimboard.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How indexed text is cut into words, in each of the two languages the desk works in. Both fold accents and case
 * (so "evenement" finds "événement") and stem ("emplois" finds "emploi", "rising" finds "rise"); French also
 * drops elided articles ("l'emploi" is "emploi"). A text is indexed under both, and a query is read under both:
 * a reader need not say which language they search in.
 */
public final class Analysis implements LuceneAnalysisConfigurer {

    /** The English analyser's name, for {@code @FullTextField(analyzer = …)}. */
    public static final String ENGLISH = "claimboard_english";

    public static final String FRENCH = "claimboard_french";

    /** Exact names (a claimant, an outlet): words folded, not stemmed. */
    public static final String NAME = "claimboard_name";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .param("ignoreCase", "true")
                .param("words", "org/apache/lucene/analysis/snowball/english_stop.txt")
                .param("format", "snowball")
                .tokenFilter("porterStem");
        context.analyzer(FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .param("articles", "com/claimboard/shared/search/french-articles.txt")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("ignoreCase", "true")
                .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.analyzer(NAME)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
