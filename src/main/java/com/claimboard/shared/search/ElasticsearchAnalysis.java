package com.claimboard.shared.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysers as {@link Analysis}, under the same names, for an Elasticsearch or OpenSearch cluster (the
 * {@code elasticsearch} profile): the same tokenizer, the same filters in the same order, and the same stop words
 * and elided articles, read from the files the Lucene analysers read, so a word is found the same way on either
 * backend.
 */
public final class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String ENGLISH_STOP = "claimboard_english_stop";
    static final String FRENCH_STOP = "claimboard_french_stop";
    static final String FRENCH_ELISION = "claimboard_french_elision";
    static final String ENGLISH_POSSESSIVE = "claimboard_english_possessive";
    static final String FRENCH_STEM = "claimboard_french_light_stem";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(ENGLISH_STOP)
                .type("stop")
                .param("ignore_case", true)
                .param("stopwords", words("org/apache/lucene/analysis/snowball/english_stop.txt"));
        context.tokenFilter(FRENCH_ELISION)
                .type("elision")
                .param("articles_case", true)
                .param("articles", words("com/claimboard/shared/search/french-articles.txt"));
        context.tokenFilter(FRENCH_STOP)
                .type("stop")
                .param("ignore_case", true)
                .param("stopwords", words("org/apache/lucene/analysis/snowball/french_stop.txt"));
        context.tokenFilter(FRENCH_STEM).type("stemmer").param("language", "light_french");
        context.analyzer(Analysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", ENGLISH_STOP, "porter_stem");
        context.analyzer(Analysis.FRENCH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(FRENCH_ELISION, "lowercase", FRENCH_STOP, "asciifolding", FRENCH_STEM);
        context.analyzer(Analysis.NAME).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
    }

    /**
     * The words of a list on the class path, in the Snowball format Lucene's lists use: one or more words per line,
     * a {@code |} starting a comment.
     */
    static String[] words(String resource) {
        InputStream in = ElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The word list " + resource + " is not on the class path");
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('|');
                String kept = comment < 0 ? line : line.substring(0, comment);
                for (String word : kept.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.toArray(String[]::new);
    }
}
