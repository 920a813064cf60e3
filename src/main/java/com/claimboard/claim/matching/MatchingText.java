package com.claimboard.claim.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * How the matcher reads words, in English and in French: the same chains as the site's search index
 * ({@code shared.search.Analysis}: case and accents folded, stop words, English or French stems, French elisions),
 * after dropping what a post carries around a claim (links, the @ and # of handles and tags).
 */
final class MatchingText {

    private static final Pattern LINKS = Pattern.compile("(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+");
    private static final Pattern MARKS = Pattern.compile("[@#](?=\\w)");

    static final Analyzer ENGLISH = analyzer(false);
    static final Analyzer FRENCH = analyzer(true);

    private MatchingText() {}

    /** The text without links, and handles and tags as plain words. */
    static String clean(String text) {
        return MARKS.matcher(LINKS.matcher(text).replaceAll(" ")).replaceAll("");
    }

    /** The distinct terms of a text under one analyser, in order of first appearance. */
    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return terms;
    }

    private static Analyzer analyzer(boolean french) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(
                            new ClasspathResourceLoader(MatchingText.class.getClassLoader()))
                    .withTokenizer("standard");
            if (french) {
                builder.addTokenFilter(
                                "elision",
                                "articles",
                                "com/claimboard/shared/search/french-articles.txt",
                                "ignoreCase",
                                "true")
                        .addTokenFilter("lowercase")
                        .addTokenFilter(
                                "stop",
                                "ignoreCase",
                                "true",
                                "words",
                                "org/apache/lucene/analysis/snowball/french_stop.txt",
                                "format",
                                "snowball")
                        .addTokenFilter("asciiFolding")
                        .addTokenFilter("frenchLightStem");
            } else {
                builder.addTokenFilter("englishPossessive")
                        .addTokenFilter("lowercase")
                        .addTokenFilter("asciiFolding")
                        .addTokenFilter(
                                "stop",
                                "ignoreCase",
                                "true",
                                "words",
                                "org/apache/lucene/analysis/snowball/english_stop.txt",
                                "format",
                                "snowball")
                        .addTokenFilter("porterStem");
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the matcher's analyser", e);
        }
    }
}
