package com.claimboard.shared.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells French from English by their commonest short words; enough to pick the splitter's rules. */
public final class LanguageDetector {

    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "pour", "dans", "sur", "pas",
            "a", "au", "aux", "ont", "été", "avec", "ce", "cette", "il", "elle");
    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "it", "by", "he", "she",
            "have", "has", "are", "be", "from", "this", "said");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageDetector() {}

    /** "fr" or "en", whichever the text's commonest words point to. */
    public static String detect(String text) {
        int french = 0;
        int english = 0;
        var words = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (FRENCH.contains(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return french >= english ? "fr" : "en";
    }
}
