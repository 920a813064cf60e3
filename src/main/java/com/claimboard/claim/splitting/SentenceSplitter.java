package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into sentences. A line break ends a sentence (the extractor gives one block per line); inside a
 * line, a sentence ends at . ! ? or … outside quotation marks when the next word starts a new sentence.
 * Punctuation inside a quotation does not end the sentence, so a quote stays with its attribution.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "art", "p", "pp", "etc", "mr", "mrs", "ms",
            "prof", "gen", "gov", "sen", "rep", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "cf", "ex", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "av", "bd", "env", "vol",
            "ch", "fig", "min", "max", "approx", "dept", "est", "mt", "ft", "e.g", "i.e", "u.s", "u.k", "n°");

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int length = text.length();
        int start = 0;
        int quoteDepth = 0;
        boolean straightQuoteOpen = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                quoteDepth = 0;
                straightQuoteOpen = false;
                continue;
            }
            if (c == '«' || c == '“' || c == '‹') {
                quoteDepth++;
            } else if ((c == '»' || c == '”' || c == '›') && quoteDepth > 0) {
                quoteDepth--;
            } else if (c == '"') {
                straightQuoteOpen = !straightQuoteOpen;
            }
            boolean inQuote = quoteDepth > 0 || straightQuoteOpen;
            if (!inQuote && isTerminal(c) && endsSentence(text, i)) {
                int end = i + 1;
                while (end < length && isTerminal(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, length);
        return sentences;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** True when the punctuation at {@code i} ends a sentence: white space, then a sentence start. */
    private static boolean endsSentence(String text, int i) {
        int next = i + 1;
        while (next < text.length() && isTerminal(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        boolean startsSentence =
                Character.isUpperCase(first) || Character.isDigit(first) || "«“\"‹(—–-".indexOf(first) >= 0;
        return startsSentence && !(text.charAt(i) == '.' && isAbbreviation(text, i));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && "(«“\"".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial, as in "J. K. Rowling"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }
}
