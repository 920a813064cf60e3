package com.claimboard.claim.splitting;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boundaries of run-on web and mail text that no stop marks, each a convention of written English and French
 * rather than of one page: a title or a signed name glued to the sentence after it ({@code Lovely Cottage This
 * cottage is…}, {@code Thanks, Sean Here you go.}), a list of attached files ({@code - budget.pdf - notes.doc}),
 * a heading or a sentence run on before a capitalised pronoun or English determiner ({@code Storage model The
 * server stores…}), a bracket naming an attachment or a link ({@code (See attached file: plan.pdf) Regards,}),
 * and numbered items written on one line ({@code …four nights 1) which island…}).
 */
final class RunOnBoundaries {

    private RunOnBoundaries() {}

    /**
     * Words that open a sentence and, written with a capital, hardly stand inside one after a name or a title:
     * pronouns, determiners and a few adverbs. "I" is left out ("World War I was…").
     */
    private static final Set<String> STARTERS = Set.of(
            "This", "The", "These", "Those", "We", "You", "He", "She", "It", "They", "My", "Our", "Your", "Here",
            "There", "Please", "Je", "Nous", "Vous", "Il", "Elle", "Ils", "Elles", "On", "Ce", "Cette", "Ces", "Le",
            "La", "Les", "Mon", "Ma", "Mes", "Notre", "Nos", "Voici", "Voilà");

    /**
     * Words that, with a capital, stand inside a sentence only as part of a title: personal pronouns, and the
     * English determiners and conjunctions that open a sentence ("It", "You", "This", "Elle" the magazine are left
     * out, and so are the French determiners: "le film Le grand bleu", "la série This is Us").
     */
    private static final Set<String> OPENERS = Set.of(
            "He", "She", "They", "We", "Il", "Ils", "Elles", "Nous", "The", "These", "Those", "There", "My", "Our",
            "Your", "Its", "Here", "If", "When", "But");

    /** The longest title or name run read before a starter, in words and in characters. */
    private static final int MAX_RUN = 6;

    private static final int MAX_RUN_LENGTH = 120;

    /** How far back a bracket's opening is looked for. */
    private static final int MAX_BRACKET = 240;

    private static final Pattern INLINE_LIST = Pattern.compile("[:;]\\s*1\\)");

    private static final Pattern FILE = Pattern.compile(
            "[\\p{L}\\p{N}_.()&-]+\\.(?i:pdf|docx?|xlsx?|pptx?|txt|rtf|html?|jpe?g|png|gif|zip|csv|odt|ods)");

    /** The boundary at {@code i} in the sentence begun at {@code start}, or -1. */
    static int at(String text, int start, int i) {
        char c = text.charAt(i);
        if (c == ')' || c == ']' || c == '>') {
            return afterBracket(text, start, i);
        }
        if (i < 2 || text.charAt(i - 1) != ' ' || i - 1 <= start) {
            return -1;
        }
        if (Character.isUpperCase(c)) {
            String word = wordBeforeLowerCase(text, i);
            if (word != null && (startsAfterRun(text, start, i, word) || openerAfterWord(text, i, word))) {
                return i - 1; // "Lovely Cottage | This cottage is…", "… the year he died | He also had…"
            }
        }
        if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && fileAt(text, i + 2)) {
            return i - 1; // "… | - notes.doc | - budget.pdf"
        }
        if (Character.isDigit(c) && isNumberedItem(text, start, i)) {
            return i - 1; // "… four nights | 1) which island…"
        }
        return -1;
    }

    /** The word of letters at {@code i} when a space and a lower-case word follow it; otherwise null. */
    private static String wordBeforeLowerCase(String text, int i) {
        int wordEnd = i;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd + 1 < text.length()
                        && text.charAt(wordEnd) == ' '
                        && Character.isLowerCase(text.charAt(wordEnd + 1))
                ? text.substring(i, wordEnd)
                : null;
    }

    /** A capitalised opener between two lower-case words: a heading or a sentence run on without its stop. */
    private static boolean openerAfterWord(String text, int i, String word) {
        return Character.isLowerCase(text.charAt(i - 2)) && OPENERS.contains(word);
    }

    /** A starter at {@code i}, then a lower-case word, after nothing but capitalised words since the start. */
    private static boolean startsAfterRun(String text, int start, int i, String word) {
        if (!STARTERS.contains(word)) {
            return false;
        }
        int from = start;
        while (from < i && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from >= i - 1 || i - from > MAX_RUN_LENGTH) {
            return false; // nothing before the starter, or more than a title's length
        }
        String[] run = text.substring(from, i - 1).split(" ");
        if (run.length > MAX_RUN) {
            return false;
        }
        for (String part : run) {
            if (part.isEmpty()
                    || !Character.isUpperCase(part.charAt(0))
                    || STARTERS.contains(part) // a title of its own ("Can You Feel It a été…")
                    || !part.chars().allMatch(ch -> Character.isLetter(ch) || "-'’.&".indexOf(ch) >= 0)) {
                return false;
            }
        }
        // One word alone is a title only right after a sign-off or a greeting ("Thanks, | Sean | Here…").
        return run.length > 1 || endsWithComma(text, from);
    }

    private static boolean endsWithComma(String text, int position) {
        int before = position - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',';
    }

    private static boolean fileAt(String text, int position) {
        var matcher = FILE.matcher(text).region(position, Math.min(text.length(), position + 120));
        if (!matcher.lookingAt()) {
            return false;
        }
        int end = matcher.end();
        return end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '<';
    }

    /** {@code 1) } after a word, with no bracket open before it: an item of a list typed on one line. */
    private static boolean isNumberedItem(String text, int start, int i) {
        int close = i;
        while (close < text.length() && close - i < 2 && Character.isDigit(text.charAt(close))) {
            close++;
        }
        if (close + 2 >= text.length()
                || text.charAt(close) != ')'
                || text.charAt(close + 1) != ' '
                || !Character.isLetter(text.charAt(close + 2))
                || !Character.isLetterOrDigit(text.charAt(i - 2))) {
            return false;
        }
        int from = Math.max(start, i - MAX_BRACKET);
        if (INLINE_LIST.matcher(text).region(from, i).find()) {
            return false; // "trois raisons : 1) le coût 2) le temps": a list the sentence announced
        }
        for (int k = i - 1; k >= from; k--) {
            char ch = text.charAt(k);
            if (ch == '(' || ch == ')') {
                return ch == ')'; // after the last item, or inside a bracket ("(see 3) the rest")
            }
        }
        return true;
    }

    /**
     * After a bracket that names an attached file or holds a link ({@code (See attached file: plan.pdf)},
     * {@code << File: notes.htm >>}, {@code [http://…]}), when a capital or an opening bracket follows.
     */
    private static int afterBracket(String text, int start, int i) {
        char c = text.charAt(i);
        String opener = c == ')' ? "(" : c == ']' ? "[" : "<<";
        if (c == '>' && (i == 0 || text.charAt(i - 1) != '>')) {
            return -1;
        }
        int from = Math.max(start, i - MAX_BRACKET);
        int open = -1;
        for (int k = i - 1; k >= from && open < 0; k--) {
            if (text.startsWith(opener, k)) {
                open = k; // a bounded look back: never across the whole text for each bracket
            }
        }
        if (open < 0) {
            return -1;
        }
        String inside =
                text.substring(open + opener.length(), c == '>' ? i - 1 : i).strip();
        boolean link = c == ']' && (inside.startsWith("http://") || inside.startsWith("https://"));
        boolean file = c != ']' && endsWithFile(inside);
        if (!link && !file) {
            return -1;
        }
        int end = i + 1;
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next == end || next >= text.length()) {
            return -1;
        }
        char first = text.charAt(next);
        return Character.isUpperCase(first) || (link && first == '(') ? end : -1;
    }

    private static boolean endsWithFile(String inside) {
        int space = Math.max(inside.lastIndexOf(' '), inside.lastIndexOf(':'));
        return FILE.matcher(inside.substring(space + 1)).matches();
    }
}
