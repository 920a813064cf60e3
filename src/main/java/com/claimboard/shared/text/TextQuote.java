package com.claimboard.shared.text;

import java.util.Optional;

/**
 * A passage of a text, held as the W3C Web Annotation model's text-quote selector (the exact words, with up to
 * {@link #CONTEXT} characters before and after) together with its position (a text-position selector: start and
 * end offsets in characters), so that it is found again in a copy of the text that moved or was normalised
 * differently, and said not found rather than moved to other words.
 *
 * @param start offset of the first character, in the text the passage was chosen in
 * @param end offset after the last character
 */
public record TextQuote(String exact, String prefix, String suffix, int start, int end) {

    /** How much text on each side the selector keeps. */
    public static final int CONTEXT = 32;

    public TextQuote {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("a passage has words");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a passage's position runs forwards");
        }
    }

    /** The selector of {@code text[start, end)}. */
    public static TextQuote of(String text, int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("the passage is not inside the text");
        }
        return new TextQuote(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)),
                start,
                end);
    }

    /** Where a passage is in a text: its offsets there. */
    public record Found(int start, int end) {}

    /**
     * Finds the passage in {@code text}: where it was, if its words are still there; else the occurrence of its
     * words whose surroundings best match the prefix and suffix (the nearest one to the old position on a tie);
     * else the same with whitespace, quotation marks and dashes compared loosely. Empty when the words are no
     * longer in the text: the passage is then shown as not found, never moved to other words.
     */
    public Optional<Found> locate(String text) {
        if (end <= text.length() && text.regionMatches(start, exact, 0, exact.length())) {
            return Optional.of(new Found(start, end));
        }
        Optional<Found> exactly = best(text, exact, prefix, suffix, start);
        if (exactly.isPresent()) {
            return exactly;
        }
        Loose loose = Loose.of(text);
        String looseExact = Loose.of(exact).text;
        if (looseExact.isBlank()) {
            return Optional.empty();
        }
        return best(loose.text, looseExact, Loose.of(prefix).text, Loose.of(suffix).text, loose.toLoose(start))
                .map(found -> new Found(loose.toOriginal(found.start()), loose.toOriginalEnd(found.end())));
    }

    private static Optional<Found> best(String text, String words, String prefix, String suffix, int near) {
        Found best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int score = matchingBefore(text, at, prefix) + matchingAfter(text, at + words.length(), suffix);
            int distance = Math.abs(at - near);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = new Found(at, at + words.length());
                bestScore = score;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many characters just before {@code at} are the end of {@code prefix}. */
    private static int matchingBefore(String text, int at, String prefix) {
        int n = 0;
        while (n < at && n < prefix.length() && text.charAt(at - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /** How many characters from {@code at} on are the start of {@code suffix}. */
    private static int matchingAfter(String text, int at, String suffix) {
        int n = 0;
        while (at + n < text.length() && n < suffix.length() && text.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * A text compared loosely: runs of whitespace as one space, curly quotes as straight ones, dashes as
     * hyphens, non-breaking spaces as spaces; with the way back to the original offsets.
     */
    private static final class Loose {
        final String text;
        /** For each loose character, the offset of the original character it comes from. */
        final int[] origin;

        private Loose(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Loose of(String original) {
            StringBuilder loose = new StringBuilder(original.length());
            int[] origin = new int[original.length() + 1];
            boolean space = false;
            for (int i = 0; i < original.length(); i++) {
                char c = fold(original.charAt(i));
                if (Character.isWhitespace(c)) {
                    if (space) {
                        continue;
                    }
                    c = ' ';
                    space = true;
                } else {
                    space = false;
                }
                origin[loose.length()] = i;
                loose.append(c);
            }
            origin[loose.length()] = original.length();
            return new Loose(loose.toString(), java.util.Arrays.copyOf(origin, loose.length() + 1));
        }

        private static char fold(char c) {
            return switch (c) {
                case '\u00a0', '\u202f', '\u2007' -> ' ';
                case '\u2018', '\u2019', '\u201a', '\u2032' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            };
        }

        int toLoose(int originalOffset) {
            int index = java.util.Arrays.binarySearch(origin, originalOffset);
            return index >= 0 ? index : Math.min(-index - 1, text.length());
        }

        int toOriginal(int looseOffset) {
            return origin[looseOffset];
        }

        int toOriginalEnd(int looseEnd) {
            return looseEnd == 0 ? 0 : origin[looseEnd - 1] + 1;
        }
    }
}
