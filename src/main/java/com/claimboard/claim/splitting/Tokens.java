package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence as the speaker finder reads it: the words and punctuation outside quotation marks, each quoted
 * stretch as one token. Straight quotes open where a word starts after a space and close where one ends; a
 * closing mark with no opening one means the sentence began inside a quotation. Elided French words are split
 * ("l'agence" is "l'" and "agence").
 */
final class Tokens {

    private enum Type {
        WORD,
        PUNCTUATION,
        QUOTE
    }

    private static final String ABBREVIATIONS =
            "|mr|mrs|ms|dr|m|mme|mlle|gov|sen|rep|gen|jr|sr|st|lt|col|capt|sgt|prof|pr|mgr|det|insp|adm|maj|hon|rev|";
    private static final String ELIDED = "|l|d|qu|s|n|j|c|m|t|jusqu|lorsqu|puisqu|";

    private final String sentence;
    private final List<Type> types = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private final List<String> lowers = new ArrayList<>();
    private boolean openAtEnd;
    private boolean quoted;
    private boolean mayAttribute;

    private Tokens(String sentence) {
        this.sentence = sentence;
    }

    static Tokens of(String sentence, boolean openAtStart) {
        Tokens tokens = new Tokens(sentence);
        tokens.read(openAtStart);
        return tokens;
    }

    private void read(boolean openAtStart) {
        boolean inside = openAtStart;
        int quoteStart = inside ? 0 : -1;
        int i = 0;
        int n = sentence.length();
        if (inside) {
            quoted = true;
            while (i < n && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i < n && "\"«“".indexOf(sentence.charAt(i)) >= 0) {
                i++; // a quotation running on into a new paragraph opens it again
            }
        }
        while (i < n) {
            char c = sentence.charAt(i);
            if (inside) {
                if (closes(c, i)) {
                    add(Type.QUOTE, quoteStart, i + 1);
                    inside = false;
                }
                i++;
                continue;
            }
            if (opens(c, i)) {
                inside = true;
                quoted = true;
                quoteStart = i;
                i++;
                continue;
            }
            if (c == '”' || c == '»' || c == '"') {
                // Closed without being opened here: everything before was quoted, from the sentence before.
                types.clear();
                starts.clear();
                ends.clear();
                lowers.clear();
                add(Type.QUOTE, 0, i + 1);
                quoted = true;
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                i = word(i);
                continue;
            }
            if (",;:.!?()[]—–-".indexOf(c) >= 0) {
                add(Type.PUNCTUATION, i, i + 1);
            }
            i++;
        }
        if (inside) {
            add(Type.QUOTE, quoteStart, n);
            openAtEnd = true;
        }
    }

    private boolean opens(char c, int i) {
        if (c == '«' || c == '“') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        boolean before = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1));
        boolean after = i + 1 < sentence.length() && !Character.isWhitespace(sentence.charAt(i + 1));
        return before && after;
    }

    private boolean closes(char c, int i) {
        if (c == '»' || c == '”') {
            return true;
        }
        if (c != '"') {
            return false;
        }
        boolean before = i > 0 && !Character.isWhitespace(sentence.charAt(i - 1));
        boolean after = i + 1 >= sentence.length() || !Character.isLetterOrDigit(sentence.charAt(i + 1));
        return before || after;
    }

    private int word(int i) {
        int n = sentence.length();
        int end = i;
        while (end < n) {
            char c = sentence.charAt(end);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                end++;
            } else if ((c == '\'' || c == '’' || c == '-' || c == '.')
                    && end + 1 < n
                    && Character.isLetterOrDigit(sentence.charAt(end + 1))
                    && c != '.') {
                end++;
            } else if ((c == ',' || c == '.')
                    && end > i
                    && Character.isDigit(sentence.charAt(end - 1))
                    && end + 1 < n
                    && Character.isDigit(sentence.charAt(end + 1))) {
                end++; // 4,000 and 3.5 are one word
            } else if (c == '.' && end + 1 < n && Character.isUpperCase(sentence.charAt(end + 1)) && end - i == 1) {
                end++; // "U.S."
            } else {
                break;
            }
        }
        String lower = sentence.substring(i, end).toLowerCase(Locale.ROOT).replace('’', '\'');
        if (end < n
                && sentence.charAt(end) == '.'
                && (ABBREVIATIONS.contains("|" + lower + "|") || lower.length() == 1)) {
            end++;
            lower = lower + ".";
        }
        int apostrophe = lower.indexOf('\'');
        if (apostrophe > 0
                && apostrophe < lower.length() - 1
                && ELIDED.contains("|" + lower.substring(0, apostrophe) + "|")) {
            add(Type.WORD, i, i + apostrophe + 1);
            add(Type.WORD, i + apostrophe + 1, end);
        } else {
            add(Type.WORD, i, end);
        }
        return end;
    }

    private void add(Type type, int start, int end) {
        types.add(type);
        starts.add(start);
        ends.add(end);
        String lower = type == Type.WORD
                ? sentence.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'')
                : null;
        lowers.add(lower);
        if (lower != null && !mayAttribute) {
            mayAttribute = SpeakerWords.VERBS_EN.contains(lower)
                    || SpeakerWords.INVERTED_EN.contains(lower)
                    || SpeakerWords.PRESENT_FR.contains(lower)
                    || SpeakerWords.PARTICIPLES_FR.contains(lower)
                    || lower.equals("according")
                    || lower.equals("selon")
                    || lower.equals("après")
                    || lower.equals("d'après")
                    || lower.equals("peut-on")
                    || (types.size() == 1 && (lower.equals("pour") || lower.equals("for")))
                    || invertedPronoun(lower) != null;
        }
    }

    int size() {
        return types.size();
    }

    /** The word at {@code i} in lower case (apostrophes straightened), or null for anything else. */
    String lower(int i) {
        return i >= 0 && i < lowers.size() ? lowers.get(i) : null;
    }

    boolean isWord(int i) {
        return i >= 0 && i < types.size() && types.get(i) == Type.WORD;
    }

    boolean isQuote(int i) {
        return i >= 0 && i < types.size() && types.get(i) == Type.QUOTE;
    }

    boolean isPunctuation(int i, String which) {
        return i >= 0
                && i < types.size()
                && types.get(i) == Type.PUNCTUATION
                && which.indexOf(sentence.charAt(starts.get(i))) >= 0;
    }

    /** A word that starts with a capital (or a figure followed by letters, as in "1010data"). */
    boolean capitalised(int i) {
        if (!isWord(i)) {
            return false;
        }
        char first = sentence.charAt(starts.get(i));
        return Character.isUpperCase(first)
                || (Character.isDigit(first) && lowers.get(i).chars().anyMatch(Character::isLetter));
    }

    /** The sentence's own text from token {@code from} to token {@code to}, both included. */
    String text(int from, int to) {
        return sentence.substring(starts.get(from), ends.get(to));
    }

    boolean mayAttribute() {
        return mayAttribute;
    }

    boolean openAtEnd() {
        return openAtEnd;
    }

    boolean quoted() {
        return quoted;
    }

    /** Nothing but quotation (and punctuation) here. */
    boolean bare() {
        return quoted && !types.contains(Type.WORD);
    }

    /** The pronoun after a French verb ({@code a-t-il}, {@code ajoute-t-elle}), or null. */
    static SpeakerFinder.Kind invertedPronoun(String lower) {
        if (lower.endsWith("-t-il") || lower.endsWith("-il")) {
            return SpeakerFinder.Kind.MASCULINE;
        }
        if (lower.endsWith("-t-elle") || lower.endsWith("-elle")) {
            return SpeakerFinder.Kind.FEMININE;
        }
        if (lower.endsWith("-t-ils") || lower.endsWith("-ils") || lower.endsWith("-elles")) {
            return SpeakerFinder.Kind.PLURAL;
        }
        return null;
    }

    /** The verb without its inverted pronoun ("a" for "a-t-il"). */
    static String withoutPronoun(String lower) {
        int cut = lower.indexOf("-t-");
        if (cut < 0) {
            cut = lower.lastIndexOf('-');
        }
        return cut > 0 ? lower.substring(0, cut) : lower;
    }
}
