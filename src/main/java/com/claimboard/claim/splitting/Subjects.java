package com.claimboard.claim.splitting;

import java.util.Set;

/**
 * The subject of a verb of saying, read backwards from the verb: a name or a description ("American officials",
 * "the BBC's North America editor Jon Sopel", "Le journal satirique"), a name before an apposition ("Eric Reeves,
 * one of the leading voices on Sudan, said"), a pronoun at the start of a clause ("he said", "Il poursuit"), or,
 * for a second verb ("condemned the attack and said"), the subject of the clause.
 */
final class Subjects {

    private Subjects() {}

    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "by", "to", "with", "from", "for", "in", "on", "at", "than", "like", "about", "into", "de", "par",
            "à", "pour", "avec", "sans", "sur", "chez", "contre", "entre", "before", "after", "until", "unless",
            "avant", "après");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "and",
            "but",
            "that",
            "because",
            "so",
            "as",
            "while",
            "though",
            "although",
            "when",
            "where",
            "if",
            "et",
            "mais",
            "que",
            "qu'",
            "car",
            "quand",
            "lorsque",
            "lorsqu'",
            "si",
            "puisque",
            "puisqu'",
            "or",
            "donc",
            "then",
            "since",
            "yet",
            "ainsi",
            "alors");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "et", "mais");
    private static final Set<String> LINKS = Set.of("of", "de", "du", "des", "d'");
    private static final Set<String> AND = Set.of("and", "et");
    private static final Set<String> PARTICLES = Set.of("de", "von", "van", "al", "bin");
    private static final int APPOSITION = 30;
    private static final int UNKNOWN_WORDS = 3;

    /** The speaker whose verb follows token {@code j}, or null. */
    static SpeakerFinder.Candidate before(Tokens t, int j) {
        if (j < 0) {
            return null;
        }
        if (t.isPunctuation(j, ",") || t.isQuote(j)) {
            return apposition(t, j); // Gilley, author of the article "The Case for Colonialism," argued
        }
        if (!t.isWord(j)) {
            return null;
        }
        String word = t.lower(j);
        SpeakerFinder.Kind pronoun = SpeakerWords.pronoun(word);
        if (pronoun != null) {
            return clauseStarts(t, j - 1) ? new SpeakerFinder.Candidate(null, pronoun, false) : null;
        }
        if (COORDINATORS.contains(word)) {
            return clauseSubject(t, j - 1);
        }
        if (SpeakerWords.OTHER_PRONOUNS.contains(word) && !SpeakerWords.SPEAKER_NOUNS.contains(word)) {
            return null;
        }
        return named(t, backFrom(t, j), j);
    }

    /** {@code NAME, apposition, said}: the name before the apposition. */
    private static SpeakerFinder.Candidate apposition(Tokens t, int comma) {
        int open = comma - 1;
        while (open >= 0 && comma - open < APPOSITION && !t.isPunctuation(open, ",;:")) {
            open--;
        }
        if (open < 1 || !t.isPunctuation(open, ",") || open + 1 >= comma || !t.isWord(open - 1)) {
            return null;
        }
        int inside = open + 1;
        boolean described = !t.capitalised(inside)
                || SpeakerWords.DETERMINERS.contains(t.lower(inside))
                || SpeakerWords.TITLES.contains(t.lower(inside));
        int end = open - 1;
        if (!described) {
            // "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the name is the apposition to a description.
            SpeakerFinder.Candidate description = named(t, backFrom(t, end), end);
            boolean describes = description != null && SpeakerWords.DETERMINERS.contains(t.lower(backFrom(t, end)));
            return describes ? named(t, inside, comma - 1) : null; // "In 2019, Paris, said…": a list
        }
        SpeakerFinder.Candidate found = named(t, backFrom(t, end), end);
        return found != null && found.speaker() != null ? found : null;
    }

    /** The start of the subject that ends at {@code j}. */
    private static int backFrom(Tokens t, int j) {
        int k = j;
        int unknown = 0;
        while (k >= 0 && t.isWord(k)) {
            String word = t.lower(k);
            if (SpeakerWords.DETERMINERS.contains(word)) {
                return k;
            }
            if (t.capitalised(k)) {
                if (SpeakerWords.NOT_NAMES.contains(word)) {
                    return k + 1;
                }
            } else if (!SpeakerWords.SPEAKER_NOUNS.contains(word)
                    && !SpeakerWords.TITLES.contains(word)
                    && !(LINKS.contains(word) && k > 0 && t.capitalised(k - 1))) {
                if (PREPOSITIONS.contains(word)
                        || CLAUSE_OPENERS.contains(word)
                        || ++unknown > UNKNOWN_WORDS
                        || !reachesAName(t, k - 1)) {
                    return k + 1;
                }
            }
            k--;
        }
        return k + 1;
    }

    /** Whether, going back over a few unknown words, a determiner or a name comes: "a senior political source". */
    private static boolean reachesAName(Tokens t, int k) {
        for (int steps = 0; k >= 0 && t.isWord(k) && steps < UNKNOWN_WORDS; k--, steps++) {
            if (SpeakerWords.DETERMINERS.contains(t.lower(k))
                    || (t.capitalised(k) && !SpeakerWords.NOT_NAMES.contains(t.lower(k)))) {
                return true;
            }
            if (PREPOSITIONS.contains(t.lower(k)) || CLAUSE_OPENERS.contains(t.lower(k))) {
                return false;
            }
        }
        return false;
    }

    private static SpeakerFinder.Candidate named(Tokens t, int start, int end) {
        if (start > end) {
            return null;
        }
        String first = t.lower(start);
        if (t.isWord(start - 1) && PREPOSITIONS.contains(t.lower(start - 1))) {
            return null; // "the criticism of analysts said…" has no speaker there
        }
        if (t.isWord(start - 1) && AND.contains(t.lower(start - 1)) && t.isPunctuation(start - 2, ",")) {
            return null; // "…, et Biden a déclaré…": a second claim, the sentence has no single speaker
        }
        boolean capitalisedHead = t.capitalised(end) && !SpeakerWords.NOT_NAMES.contains(t.lower(end));
        boolean opens = SpeakerWords.DETERMINERS.contains(first)
                || (t.capitalised(start) && !SpeakerWords.NOT_NAMES.contains(first))
                || bareOfficials(t.lower(end))
                || (capitalisedHead && !t.capitalised(start)); // association executive director Tim Lee
        if (!opens) {
            return null;
        }
        boolean head = (t.capitalised(end) && !SpeakerWords.NOT_NAMES.contains(t.lower(end)))
                || SpeakerWords.SPEAKER_NOUNS.contains(t.lower(end))
                || (end - start < 3 && t.capitalised(start) && bareOfficials(t.lower(end)));
        if (!head && !SpeakerWords.DETERMINERS.contains(first)) {
            return null;
        }
        if (start == end && SpeakerWords.DETERMINERS.contains(first)) {
            return null; // "An estimated…"
        }
        Names.Found found = Names.of(t, start, end);
        if (found == null) {
            return null;
        }
        return new SpeakerFinder.Candidate(found.name(), found.reference(), false, found.titles(), found.kind());
    }

    /** "officials said", "Deficit hawks have warned": a plural noun needs no determiner. */
    private static boolean bareOfficials(String head) {
        return head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("'s") && head.length() > 3;
    }

    /**
     * The person a sentence opens with ("Senator James Lankford, an Oklahoma Republican, played down…"), whom a
     * pronoun in the next sentences may stand for even though this one quotes nobody; null when it opens otherwise.
     */
    static Names.Found opening(Tokens t) {
        int end = -1;
        if (t.isWord(0) && SpeakerWords.DETERMINERS.contains(t.lower(0))) {
            end = 0; // Le sénateur Paul Reed…
            while (t.isWord(end + 1) && !t.capitalised(end + 1) && SpeakerWords.TITLES.contains(t.lower(end + 1))) {
                end++;
            }
            if (end == 0 || !t.capitalised(end + 1)) {
                return null;
            }
        }
        int names = 0;
        while (t.isWord(end + 1)
                && (t.capitalised(end + 1) && !SpeakerWords.NOT_NAMES.contains(t.lower(end + 1))
                        || end >= 0 && PARTICLES.contains(t.lower(end + 1)))) {
            end++;
            names++;
        }
        if (names < 1 || end < 1 || !(t.isPunctuation(end + 1, ",") || t.isWord(end + 1) && !t.capitalised(end + 1))) {
            return null;
        }
        Names.Found found = Names.of(t, 0, end);
        return found != null && found.name() != null && found.name().indexOf(' ') > 0 ? found : null;
    }

    /** Whether a clause starts after token {@code j}: the sentence start, punctuation, a quote, "and", "que"… */
    private static boolean clauseStarts(Tokens t, int j) {
        return j < 0 || !t.isWord(j) || CLAUSE_OPENERS.contains(t.lower(j));
    }

    /** The subject at the start of the clause that holds token {@code j}: "White House press secretary Josh
     * Earnest condemned the attack and said…". */
    private static SpeakerFinder.Candidate clauseSubject(Tokens t, int j) {
        int start = j;
        while (start > 0 && t.isWord(start - 1)) {
            start--;
        }
        while (start <= j
                && t.capitalised(start)
                && SpeakerWords.NOT_NAMES.contains(t.lower(start))
                && !SpeakerWords.DETERMINERS.contains(t.lower(start))) {
            start++; // However, …
        }
        int end = start;
        while (end + 1 <= j && t.isWord(end + 1)) {
            String next = t.lower(end + 1);
            boolean part = t.capitalised(end + 1)
                    || SpeakerWords.SPEAKER_NOUNS.contains(next)
                    || SpeakerWords.TITLES.contains(next)
                    || (t.isWord(end + 2)
                            && (t.capitalised(end + 2) || SpeakerWords.TITLES.contains(t.lower(end + 2))));
            if (!part || SpeakerWords.NOT_NAMES.contains(next) && !t.capitalised(end + 1)) {
                break;
            }
            end++;
        }
        if (end >= j) {
            return null;
        }
        SpeakerFinder.Kind pronoun = SpeakerWords.pronoun(t.lower(start));
        if (start == end && pronoun != null) {
            return new SpeakerFinder.Candidate(null, pronoun, false);
        }
        return named(t, start, end);
    }
}
