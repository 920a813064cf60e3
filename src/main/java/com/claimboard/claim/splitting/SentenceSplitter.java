package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into sentences. A line break ends a sentence (the extractor gives one block per line). Inside a
 * line, a sentence ends at . ! ? or … — with any closing quotation marks and brackets after it — when what
 * follows starts a new sentence: white space, then a capital, a digit or an opening quotation mark. So a quote
 * keeps its attribution ({@code « … ! » s'est exclamé le ministre.}: a lower-case word follows), and
 * abbreviations, initials and numbers do not end a sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "drs", "pr", "st", "ste", "sts", "p", "mr", "mrs", "ms",
            "messrs", "prof", "gen", "gov", "sen", "rep", "vs", "cf", "jan", "feb", "febr", "mar", "apr", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc", "av", "bd", "env", "fig", "dept",
            "mt", "ft", "e.g", "i.e", "p.s", "n°", "nº", "cie", "éd", "ed", "eds", "coll", "op", "ibid", "t", "mgr",
            "lt", "col", "capt", "cmdr", "adm", "maj", "sgt", "rev", "hon", "pres", "supt", "gén", "univ", "assn", "fl",
            "al", "viz", "ca", "c", "ave", "blvd", "rd", "sq", "msgr", "det", "insp", "cpl", "pvt", "amb", "atty",
            "asst", "assoc", "trad", "réf", "cit", "loc", "resp", "sqq", "suiv", "vve", "boul");
    /** Words that abbreviate only before a number, and are ordinary words otherwise. */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "no", "nos", "nº", "sept", "ext", "vol", "tél", "tel", "fax", "art", "pp", "ch", "chap", "est", "nr");

    /** Abbreviations that often end a sentence: they hold it together only when it plainly goes on. */
    private static final Set<String> SENTENCE_FINAL = Set.of(
            "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "a.m", "p.m", "min", "max", "approx", "hab", "ex",
            "dir");

    private static final String CLOSING = "\"'»”’)]›";
    private static final String OPENING = "\"'«“‘([‹¿¡—–-";

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int length = text.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (!isTerminal(c)) {
                int boundary = otherBoundary(text, i);
                if (boundary <= start) {
                    boundary = RunOnBoundaries.at(text, start, i);
                }
                if (boundary > start) {
                    add(sentences, text, start, boundary);
                    start = boundary;
                    i = Math.max(i, boundary - 1); // always forward, even for a boundary before this character
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isTerminal(text.charAt(end))) {
                end++;
            }
            if (c == '.' && end == i + 1) {
                end = afterSpacedEllipsis(text, end);
            }
            end = afterClosingMarks(text, start, end);
            if (endsSentence(text, i, end)) {
                add(sentences, text, start, end);
                start = end;
            }
            i = end - 1;
        }
        add(sentences, text, start, length);
        return cutOverlong(text, keepQuotesWithAttribution(text, sentences));
    }

    /** Longest card: text that runs on without a stop (a pasted table, a hostile page) is cut at a space. */
    static final int MAX_SENTENCE = 2_000;

    private static List<Span> cutOverlong(String text, List<Span> sentences) {
        List<Span> cut = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            int start = sentence.start();
            while (sentence.end() - start > MAX_SENTENCE) {
                int end = start + MAX_SENTENCE;
                int space = end;
                while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
                    space--;
                }
                if (Character.isWhitespace(text.charAt(space))) {
                    end = space;
                } else if (Character.isLowSurrogate(text.charAt(end))) {
                    end--; // never between the two halves of one character
                }
                add(cut, text, start, end);
                start = end;
                while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            add(cut, text, start, sentence.end());
        }
        return cut;
    }

    /**
     * A quotation of several sentences followed by its attribution ({@code « S1. S2. », a-t-il dit.}) is one
     * claim: the sentences from the one that opens the quotation to the one that closes it are merged when the
     * closing mark is followed by a comma or a lower-case word. Straight quotes count too: one opens where a word
     * starts after it, and closes otherwise.
     */
    private static List<Span> keepQuotesWithAttribution(String text, List<Span> sentences) {
        List<Span> merged = new ArrayList<>(sentences.size());
        int i = 0;
        while (i < sentences.size()) {
            Span first = sentences.get(i);
            int depth = quoteBalance(text, first);
            int last = i;
            if (depth > 0) {
                int balance = depth;
                for (int j = i + 1; j < sentences.size() && j <= i + 8; j++) {
                    Span next = sentences.get(j);
                    if (text.substring(first.end(), next.start()).indexOf('\n') >= 0) {
                        break; // quotations do not run across blocks here
                    }
                    balance += quoteBalance(text, next);
                    if (balance <= 0) {
                        if (attributionFollows(text, next)) {
                            last = j;
                        }
                        break;
                    }
                }
            }
            merged.add(new Span(first.start(), sentences.get(last).end()));
            i = last + 1;
        }
        return merged;
    }

    private static int quoteBalance(String text, Span span) {
        int balance = 0;
        for (int k = span.start(); k < span.end(); k++) {
            char c = text.charAt(k);
            if (c == '«' || c == '“') {
                balance++;
            } else if (c == '»' || c == '”') {
                balance--;
            } else if (c == '"') {
                balance += opensStraight(text, k) ? 1 : -1;
            }
        }
        return balance;
    }

    /** A straight quote opens where a word starts after it and no word ends before it. */
    private static boolean opensStraight(String text, int k) {
        boolean before =
                k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)) && ".,;:!?…".indexOf(text.charAt(k - 1)) < 0;
        boolean after = k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1));
        return before && after;
    }

    /** The sentence's last closing mark is followed by a comma or a lower-case word: an attribution. */
    private static boolean attributionFollows(String text, Span span) {
        int close = Math.max(
                Math.max(text.lastIndexOf('»', span.end() - 1), text.lastIndexOf('”', span.end() - 1)),
                text.lastIndexOf('"', span.end() - 1));
        if (close < span.start()) {
            return false;
        }
        int k = close + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == ',' || Character.isLowerCase(text.charAt(k)));
    }

    /**
     * Boundaries of web and mail text that carry no full stop: after an emoticon, a line of rules
     * ({@code =====}, {@code _____}) or a time stamp ({@code 08/16/2000 03:48 PM}), and after an e-mail
     * address or a valediction ({@code Thanks,}) when a capitalised word follows. Returns where the sentence
     * ends, or -1.
     */
    private static int otherBoundary(String text, int i) {
        char c = text.charAt(i);
        int end = -1;
        boolean stamp = false;
        if (Character.isDigit(c)
                && i >= 2
                && text.charAt(i - 1) == ' '
                && Character.isLetter(text.charAt(i - 2))
                && Character.isUpperCase(firstOfWordBefore(text, i - 1))
                && DATE_STAMP
                        .matcher(text)
                        .region(i, Math.min(text.length(), i + 24))
                        .lookingAt()) {
            return i - 1 > 0 ? i - 1 : -1; // "Kay Mann 04/26/2001 07:17 AM": a header starts at the date
        } else if ((c == ')' || c == '(' || c == 'D' || c == 'P')
                && i >= 1
                && (text.charAt(i - 1) == ':' || (text.charAt(i - 1) == '-' && i >= 2 && text.charAt(i - 2) == ':'))) {
            end = i + 1; // :) :-) :( :D :P
        } else if ((c == '=' || c == '_' || c == '*' || c == '-')
                && i + 1 < text.length()
                && text.charAt(i + 1) != c
                && i >= 2
                && text.charAt(i - 1) == c
                && text.charAt(i - 2) == c) {
            end = i + 1; // the end of a run of three or more
        } else if (c == '-' && i >= 1 && text.charAt(i - 1) == '-' && startsSentence(text, i - 1)) {
            end = i + 1; // "-- " on its own before a signature ("-- Posted by…")
        } else if ((c == '-' || c == '–' || c == '—') && i >= 8 && isDateline(text, i)) {
            end = i + 1; // "PARIS (AFP) - " opening a wire story
        } else if (c == ')' && isCredit(text, i)) {
            end = i + 1; // "(Reuters) The ministry said…": a source credit before the sentence
        } else if ((c == 'M')
                && i >= 1
                && (text.charAt(i - 1) == 'A' || text.charAt(i - 1) == 'P')
                && i >= 7
                && TIME.matcher(text.substring(Math.max(0, i - 8), i + 1)).find()) {
            end = i + 1;
            stamp = true;
        } else if (c == ','
                && i >= 3
                && VALEDICTION
                        .matcher(text.substring(Math.max(0, i - 20), i + 1))
                        .find()) {
            end = i + 1;
        } else if (c == ',' && i >= 2 && isGreeting(text, i)) {
            end = i + 1; // "Hi, Yes it is." "Dear all, My name is…": a greeting opening a block
        } else if ((c == 'h' || c == 'w')
                && (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i))
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
            int e = i;
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            end = e; // an address on its own ends what it closes, when a capital follows
        } else if (c == '@') {
            int e = i;
            while (e < text.length() && e - i <= 256 && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            if (e - i <= 256
                    && EMAIL.matcher(text.substring(Math.max(0, i - 64), e)).find()) {
                end = e;
            }
        }
        if (end < 0 || end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return -1;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return -1; // the line ends here anyway
        }
        char first = text.charAt(next);
        if (stamp) {
            return end; // a time stamp ends its header line whatever follows
        }
        if (text.startsWith("http://", next) || text.startsWith("https://", next) || text.startsWith("www.", next)) {
            return end; // one address after another: a list of links, each its own line
        }
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"=_*".indexOf(first) >= 0 ? end : -1;
    }

    /** A dateline ending at the dash at {@code dash}: a city in capitals, then the agency in brackets. */
    private static boolean isDateline(String text, int dash) {
        int from = Math.max(0, dash - 64);
        java.util.regex.Matcher matcher = DATELINE.matcher(text.substring(from, dash + 1));
        if (!matcher.find()) {
            return false;
        }
        int start = from + matcher.start();
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        // At the start of a sentence, or after the colon that introduces the story.
        return startsSentence(text, start) || (before >= 0 && before < start - 1 && text.charAt(before) == ':');
    }

    /** Whether the bracket closing at {@code close} holds only a name and opens its sentence: a source credit. */
    private static boolean isCredit(String text, int close) {
        int open = close - 1;
        while (open >= 0 && close - open <= 48 && text.charAt(open) != '(') {
            open--; // a bounded look back: never across the whole text for each bracket
        }
        return open >= 0
                && text.charAt(open) == '('
                && close - open <= 48
                && startsSentence(text, open)
                && CREDIT.matcher(text.substring(open + 1, close)).matches();
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}{2,}(?:[ ,.'-]+\\p{Lu}{2,})*(?:, [^()\\n]{1,30})? \\([^()\\n]{2,30}\\) ?[-–—]$");
    private static final java.util.regex.Pattern CREDIT =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}&'-]*(?: \\p{Lu}[\\p{L}&'-]*){0,4}");

    /** Whether the comma at {@code comma} ends a greeting that opens its block ("Hi,", "Dear all,"). */
    private static boolean isGreeting(String text, int comma) {
        int lineStart = lineStartWithin(text, comma, 48); // only look near the start of the block
        return lineStart >= 0
                && GREETING.matcher(text.substring(lineStart, comma + 1)).matches();
    }

    /** Where the line holding {@code position} starts, if that is at most {@code limit} characters back; else -1. */
    private static int lineStartWithin(String text, int position, int limit) {
        for (int k = position - 1; k >= Math.max(-1, position - limit - 1); k--) {
            if (k < 0 || text.charAt(k) == '\n') {
                return k + 1;
            }
        }
        return -1;
    }

    /** Whether the word at {@code position} opens a line or follows the end of a sentence. */
    private static boolean startsSentence(String text, int position) {
        int before = position - 1;
        if (before >= 0 && !Character.isWhitespace(text.charAt(before))) {
            return false;
        }
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || text.charAt(before) == '\n' || isTerminal(text.charAt(before));
    }

    /** The first character of the word that ends just before {@code spaceAt}. */
    private static char firstOfWordBefore(String text, int spaceAt) {
        int start = spaceAt;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start < spaceAt ? text.charAt(start) : ' ';
    }

    private static final java.util.regex.Pattern DATE_STAMP =
            java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4} \\d{1,2}:\\d{2}");
    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})? ?[AP]M$");
    private static final java.util.regex.Pattern VALEDICTION = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:Thanks|Thank you|(?:\\p{Lu}\\p{Ll}+ regards|Regards)|Sincerely|Cheers|Best wishes"
                    + "|(?:Bien|Très) cordialement|Cordialement|Bien à vous|Amitiés|Merci),$");
    private static final java.util.regex.Pattern GREETING = java.util.regex.Pattern.compile(
            "\\s*(?:(?i:hi|hello|hey|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut)(?: \\p{Lu}[\\p{L}.'-]*)?"
                    + "|(?iu:dear|cher|chère|chers|chères) [\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]*){0,2}),");
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+>?$");

    /** {@code . . .}: an ellipsis typed as spaced full stops is one mark. */
    private static int afterSpacedEllipsis(String text, int end) {
        int position = end;
        int dots = 1;
        while (position + 1 < text.length() && text.charAt(position) == ' ' && text.charAt(position + 1) == '.') {
            position += 2;
            dots++;
        }
        return dots >= 3 ? position : end;
    }

    /**
     * Skips closing quotation marks and brackets, with the spaces French puts before them ({@code ! »}). A
     * straight quote or a bracket after a space belongs to what follows, unless it closes a bracket the
     * sentence opened ({@code (We fly next day. )}).
     */
    private static int afterClosingMarks(String text, int start, int end) {
        int position = end;
        while (position < text.length()) {
            char c = text.charAt(position);
            boolean afterSpace = position > end;
            boolean closesOpenBracket = (c == ')' && unclosed(text, start, position, '(', ')'))
                    || (c == ']' && unclosed(text, start, position, '[', ']'));
            if (CLOSING.indexOf(c) >= 0
                    && !(afterSpace && (c == '"' || c == '\'' || c == ')' || c == ']') && !closesOpenBracket)) {
                end = ++position;
            } else if (c == ' ' || c == '\u00a0' || c == '\u202f') {
                position++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean unclosed(String text, int from, int to, char open, char close) {
        int depth = 0;
        for (int k = Math.max(from, to - 300); k < to; k++) { // a bracket opened in the last few lines of text
            char c = text.charAt(k);
            if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /**
     * Whether the punctuation at {@code mark}, with the closing marks up to {@code end}, ends a sentence: it is
     * followed by white space and a sentence start, or by the end of the line.
     */
    private static boolean endsSentence(String text, int mark, int end) {
        if (end >= text.length() || text.charAt(end) == '\n') {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        char punctuation = text.charAt(mark);
        if (punctuation == '?' && mark > 0 && text.charAt(mark - 1) == ':') {
            return false; // "Fax:? 203…": a character lost in an old mail's encoding, not a question
        }
        boolean closedQuote = end > mark + 1 && CLOSING.indexOf(text.charAt(end - 1)) >= 0;
        int lastMark = mark;
        while (lastMark + 1 < end && isTerminal(text.charAt(lastMark + 1))) {
            lastMark++;
        }
        boolean ellipsis = (punctuation == '…'
                        || (punctuation == '.' && mark + 1 < text.length() && ".…".indexOf(text.charAt(mark + 1)) >= 0)
                        || text.startsWith(". .", mark))
                && text.charAt(lastMark) != '?'
                && text.charAt(lastMark) != '!'; // "what about downtown...? like 4th street" is two questions
        if (",;:".indexOf(first) >= 0) {
            return false;
        }
        boolean address =
                text.startsWith("http://", next) || text.startsWith("https://", next) || text.startsWith("www.", next);
        if (Character.isLowerCase(first) && !address) {
            // A lower-case word after the mark: the sentence goes on after a quotation ("… ! » s'est exclamé")
            // or an ellipsis, and after an abbreviation; otherwise it is a new sentence written carelessly.
            if (closedQuote || ellipsis) {
                return false;
            }
        }
        if (punctuation == '.' && end == mark + 1 && isAbbreviation(text, mark)) {
            return false;
        }
        return true;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && dot - wordStart <= 40 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < dot && OPENING.indexOf(text.charAt(wordStart)) >= 0) {
            wordStart++; // an opening mark before the word, not an apostrophe inside it ("didn't")
        }
        if (dot - wordStart > 40) {
            return false; // no abbreviation is that long
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        word = word.replaceFirst("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", ""); // French elision: l'art.
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(dot - 1)); // "J.", not "il y a."
        if (initial || word.matches("(?:\\p{L}\\.-?)+\\p{L}")) {
            // An initial ("J. K. Rowling") or dotted initials ("U.S.", "J.-C."), unless what follows can only open
            // a sentence: "Dagobert I. Ils la donnent…", "in the U.S. The move…", but "W. E. B. Du Bois".
            return ABBREVIATIONS.contains(word) || !sentenceOpenerFollows(text, dot);
        }
        if (word.equals("ex") && text.regionMatches(true, Math.max(0, wordStart - 4), "par ", 0, 4)) {
            return true; // "par ex." always goes on; "my ex." may end a sentence
        }
        if (SENTENCE_FINAL.contains(word)) {
            int next = dot + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            return next < text.length()
                    && (Character.isLowerCase(text.charAt(next))
                            || Character.isDigit(text.charAt(next))
                            || text.charAt(next) == '('); // "Acme Inc. (713) 555-0100", "Acme Inc. (“Acme”)"
        }
        if (BEFORE_NUMBERS.contains(word)) {
            return followedByDigit(text, dot); // "No. 5", "Sept. 11", but "the answer was no.", "ils étaient sept."
        }
        // A title or a short form is never followed by a pronoun: "comme tel. Il…", "la BD. Elle…" end there.
        return ABBREVIATIONS.contains(word) && !sentenceOpenerFollows(text, dot);
    }

    /** Words that start a sentence and cannot be part of a name: pronouns and conjunctions. */
    private static final Set<String> OPENERS = Set.of(
            ("Il Ils Elle Elles On Nous Vous Je Mais Donc Puis Ensuite Cependant Toutefois Pourtant Ainsi Cela Ceci"
                            + " It He She They We You I But So However Then Thus This These Those There")
                    .split(" "));
    /**
     * Determiners and prepositions: they open a sentence when a lower-case word or a number follows ({@code Une
     * version}, {@code En 2010}), and may be part of a name otherwise ({@code Le Pen}, {@code Du Bois}).
     */
    private static final Set<String> OPENERS_BEFORE_LOWER_CASE = Set.of(
            ("Le La Les Un Une Des Du Au Aux Ce Cet Cette Ces Son Sa Ses Leur Leurs Mon Ma Mes En Dans Pour Par Sur"
                            + " Avec Selon Après The An A In On At For With His Her Its Their Our My Your If When After"
                            + " Before And Et")
                    .split(" "));

    private static boolean sentenceOpenerFollows(String text, int dot) {
        int start = dot + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        if (OPENERS.contains(word)) {
            return true;
        }
        if (!OPENERS_BEFORE_LOWER_CASE.contains(word)) {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next > end
                && next < text.length()
                && (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next))); // "En 2010"
    }

    private static boolean followedByDigit(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && Character.isDigit(text.charAt(next));
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
