package com.claimboard.publishing;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL names for fact-checks: the claim's first words, without accents. */
final class Slugs {

    private static final int MAX_WORDS_LENGTH = 70;

    private Slugs() {}

    static String of(String text, long claimId) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_WORDS_LENGTH) {
            int cut = ascii.lastIndexOf('-', MAX_WORDS_LENGTH);
            ascii = ascii.substring(0, cut > 20 ? cut : MAX_WORDS_LENGTH);
        }
        return (ascii.isEmpty() ? "claim" : ascii) + "-" + claimId;
    }
}
