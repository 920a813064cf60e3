package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds who one sentence attributes its claim to, from the words outside its quotation marks: a subject with a verb
 * of saying ({@code Kiev affirme que}, {@code American officials said}, {@code Eric Reeves, a fellow at…, said}), a
 * speaker after the verb ({@code …," said planetary geologist Rosaly Lopes of NASA}, {@code …, a déclaré jeudi le
 * ministre}), {@code according to} / {@code selon} / {@code d'après}, or a pronoun ({@code he added}, {@code a-t-il
 * assuré}, {@code cet animateur}) that {@link ClaimSplitter} resolves against the speakers named before. A person is
 * named without the titles before the name ("Prime Minister Keir Starmer" is Keir Starmer); a body or an office
 * keeps its whole name ("the Jordanian government", "China's commerce ministry", "le ministre des Affaires
 * étrangères").
 */
final class SpeakerFinder {

    /** Who a pronoun or a name can stand for. */
    enum Kind {
        MASCULINE,
        FEMININE,
        PLURAL,
        ORGANISATION,
        UNKNOWN;

        /** Whether a speaker of this kind can be what {@code pronoun} points back to. */
        boolean agreesWith(Kind pronoun) {
            return switch (pronoun) {
                case MASCULINE, FEMININE -> this == pronoun || this == UNKNOWN;
                case PLURAL -> this == PLURAL || this == ORGANISATION;
                case ORGANISATION -> this == ORGANISATION || this == UNKNOWN;
                case UNKNOWN -> true;
            };
        }
    }

    /**
     * What a sentence says of its speaker: a name, or a pronoun to resolve ({@code reference}), or nothing; and
     * where its quotation marks leave it.
     *
     * @param openAtEnd a quotation opened here is still open where the sentence ends
     * @param bare every word is inside quotation marks
     * @param quoted some of it is quoted
     */
    record Attribution(
            String speaker,
            Kind reference,
            java.util.Set<String> titles,
            Kind kind,
            Names.Found mentioned,
            boolean openAtEnd,
            boolean bare,
            boolean quoted) {

        boolean named() {
            return speaker != null;
        }
    }

    /** Who speaks in {@code sentence}; {@code openAtStart}: it begins inside a quotation left open before. */
    Attribution find(String sentence, boolean openAtStart) {
        return find(sentence, Words.of(sentence), openAtStart);
    }

    /** The same, with the sentence's words already cut; most sentences quote nobody and are passed over quickly. */
    Attribution find(String sentence, Words words, boolean openAtStart) {
        if (!openAtStart && !isQuotation(sentence) && !mayAttribute(words)) {
            Names.Found mentioned = mayOpenWithAName(sentence) ? Subjects.opening(Tokens.of(sentence, false)) : null;
            return new Attribution(null, null, java.util.Set.of(), Kind.UNKNOWN, mentioned, false, false, false);
        }
        Tokens tokens = Tokens.of(sentence, openAtStart);
        Candidate found = first(tokens);
        if (found == null && openAtStart && tokens.bare()) {
            // « … Ce processus est la norme, explique Antony Fastier, toxicologue. The incise sits inside the marks.
            Candidate incise = first(Tokens.of(sentence, false));
            found = incise != null && incise.inverted() ? incise : null;
        }
        String speaker = found == null ? null : found.speaker();
        Kind reference = found == null ? null : found.reference();
        java.util.Set<String> titles = found == null ? java.util.Set.of() : found.titles();
        Kind kind = found == null ? Kind.UNKNOWN : found.kind();
        Names.Found mentioned = speaker == null ? Subjects.opening(tokens) : null;
        return new Attribution(
                speaker, reference, titles, kind, mentioned, tokens.openAtEnd(), tokens.bare(), tokens.quoted());
    }

    /** The sentence's first attribution: its main clause's, when a later clause names someone else. */
    private Candidate first(Tokens tokens) {
        if (!tokens.mayAttribute()) {
            return null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Candidate found = at(tokens, i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The speaker {@code sentence} names itself, or null. */
    String speakerOf(String sentence) {
        return find(sentence, false).speaker();
    }

    /** A name found, or a pronoun (its kind) found, at one place of the sentence; {@code inverted}: after its verb. */
    record Candidate(String speaker, Kind reference, boolean inverted, java.util.Set<String> titles, Kind kind) {

        Candidate(String speaker, Kind reference, boolean inverted) {
            this(speaker, reference, inverted, java.util.Set.of(), Kind.UNKNOWN);
        }
    }

    private Candidate at(Tokens t, int i) {
        String word = t.lower(i);
        if (word == null) {
            return null;
        }
        if ((word.equals("according") && "to".equals(t.lower(i + 1)))) {
            return named(Names.after(t, i + 2), false);
        }
        if (word.equals("selon") || word.equals("d'après") || (word.equals("d'") && "après".equals(t.lower(i + 1)))) {
            return named(Names.after(t, word.equals("d'") ? i + 2 : i + 1), false);
        }
        if ((word.equals("pour") || word.equals("for")) && i == 0 && t.quoted()) {
            // Pour le ministre de l'Intérieur, Paul Durand, « … »: whose view the quotation gives
            Names.Found view = Names.after(t, 1);
            return view != null && view.name() != null ? named(view, false) : null;
        }
        if (word.equals("peut-on") && "lire".equals(t.lower(i + 1)) && "dans".equals(t.lower(i + 2))) {
            return named(Names.after(t, i + 3), true); // « … », peut-on lire dans Les Échos
        }
        Kind inverted = Tokens.invertedPronoun(word); // a-t-il déclaré, ajoute-t-elle
        String base = inverted == null ? word : Tokens.withoutPronoun(word);
        if (inverted != null
                && (SpeakerWords.PRESENT_FR.contains(base)
                        || (SpeakerWords.AUXILIARIES_FR.contains(base) && participleAfter(t, i + 1)))) {
            return new Candidate(null, inverted, true);
        }
        if (t.capitalised(i)) {
            return null; // "the United States": a verb of saying is never capitalised here
        }
        boolean english = SpeakerWords.VERBS_EN.contains(word);
        boolean invertedOnly = !english && SpeakerWords.INVERTED_EN.contains(word);
        int auxiliary = SpeakerWords.PARTICIPLES_FR.contains(word) ? auxiliaryBefore(t, i) : -1;
        boolean french = SpeakerWords.PRESENT_FR.contains(word) || auxiliary >= 0;
        if (!english && !french && !invertedOnly) {
            return null;
        }
        int first = auxiliary >= 0 ? auxiliary : i;
        int before = skipBetween(t, first - 1);
        if (before >= 0 && t.isWord(before) && SpeakerWords.PASSIVE.contains(t.lower(before))) {
            return null; // "is said to", "An estimated 100,000"
        }
        boolean afterBreak = before < 0
                || t.isPunctuation(before, ",;:")
                || t.isQuote(before)
                || "qu'".equals(t.lower(before))
                || "que".equals(t.lower(before));
        boolean mayInvert = french || SpeakerWords.INVERTED_EN.contains(word);
        if (afterBreak && mayInvert && before >= 0) {
            Candidate after = named(Names.after(t, i + 1), true);
            if (after != null) {
                return after;
            }
        }
        return invertedOnly ? null : Subjects.before(t, before);
    }

    private static Candidate named(Names.Found found, boolean inverted) {
        if (found == null) {
            return null;
        }
        return new Candidate(
                found.name(), found.name() == null ? found.reference() : null, inverted, found.titles(), found.kind());
    }

    /** The index of the auxiliary that carries the participle at {@code i} ({@code a déclaré}), or -1. */
    private static int auxiliaryBefore(Tokens t, int i) {
        int j = i - 1;
        while (j >= 0
                && t.isWord(j)
                && (SpeakerWords.BETWEEN_FR.contains(t.lower(j)) || t.lower(j).endsWith("ment"))) {
            j--;
        }
        if (j < 0 || !t.isWord(j)) {
            return -1;
        }
        String aux = t.lower(j);
        if (SpeakerWords.AUXILIARIES_FR.contains(aux)
                || SpeakerWords.AUXILIARIES_FR.contains(Tokens.withoutPronoun(aux))) {
            if (aux.equals("est") || aux.equals("sont") || aux.equals("était")) {
                return j > 0 && "s'".equals(t.lower(j - 1)) || j > 0 && "se".equals(t.lower(j - 1)) ? j - 1 : -1;
            }
            return j;
        }
        return -1;
    }

    private static boolean participleAfter(Tokens t, int i) {
        int j = i;
        while (j < t.size()
                && t.isWord(j)
                && (SpeakerWords.BETWEEN_FR.contains(t.lower(j)) || t.lower(j).endsWith("ment"))) {
            j++;
        }
        return j < t.size() && t.isWord(j) && SpeakerWords.PARTICIPLES_FR.contains(t.lower(j));
    }

    /** Back over auxiliaries and adverbs between a subject and its verb ({@code has also}, {@code a également}). */
    private static int skipBetween(Tokens t, int j) {
        while (j >= 0 && t.isWord(j)) {
            String word = t.lower(j);
            boolean between = SpeakerWords.BETWEEN_EN.contains(word)
                    || SpeakerWords.BETWEEN_FR.contains(word)
                    || (word.endsWith("ly") && word.length() > 4 && !t.capitalised(j));
            if (!between) {
                break;
            }
            j--;
        }
        return j;
    }

    /** What the name says of who it is: "la ministre" is a woman, "officials" several, "the ministry" a body. */
    static Kind kindOf(String speaker) {
        List<String> words = new ArrayList<>();
        for (String word : speaker.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s,]+")) {
            if (!word.isEmpty()) {
                words.add(word.startsWith("l'") && word.length() > 2 ? word.substring(2) : word);
            }
        }
        if (words.isEmpty()) {
            return Kind.UNKNOWN;
        }
        String first = words.getFirst();
        String last = words.getLast();
        if (first.equals("les") || first.equals("ces") || first.equals("des") || first.equals("ils")) {
            return Kind.PLURAL;
        }
        for (String word : words) {
            if (SpeakerWords.FEMININE.contains(word)) {
                return Kind.FEMININE;
            }
            if (SpeakerWords.MASCULINE.contains(word)) {
                return Kind.MASCULINE;
            }
        }
        if (SpeakerWords.BODIES.contains(last) || (first.equals("the") && Character.isUpperCase(secondChar(speaker)))) {
            return Kind.ORGANISATION;
        }
        if (last.endsWith("s") && SpeakerWords.SPEAKER_NOUNS.contains(last) && !last.endsWith("ss")) {
            return Kind.PLURAL;
        }
        return Kind.UNKNOWN;
    }

    private static char secondChar(String speaker) {
        int space = speaker.indexOf(' ');
        return space >= 0 && space + 1 < speaker.length() ? speaker.charAt(space + 1) : 'a';
    }

    private static final java.util.Set<String> CUES = cues();

    private static java.util.Set<String> cues() {
        java.util.Set<String> cues = new java.util.HashSet<>();
        cues.addAll(SpeakerWords.VERBS_EN);
        cues.addAll(SpeakerWords.INVERTED_EN);
        cues.addAll(SpeakerWords.PRESENT_FR);
        cues.addAll(SpeakerWords.PARTICIPLES_FR);
        cues.addAll(java.util.List.of("according", "selon", "après", "d'après", "peut-on"));
        return java.util.Set.copyOf(cues);
    }

    /** A verb of saying, "according to" or an inverted pronoun ("a-t-il") somewhere in the words. */
    private static boolean mayAttribute(Words words) {
        String lower = words.lower();
        return words.containsAny(CUES) || lower.contains("-il") || lower.contains("-elle") || lower.contains("peut-on");
    }

    /** "Senator Paul Reed…", "Le sénateur Paul Reed…": a sentence that may open with a person's name. */
    private static boolean mayOpenWithAName(String sentence) {
        if (sentence.isEmpty() || !Character.isUpperCase(sentence.charAt(0))) {
            return false;
        }
        int space = sentence.indexOf(' ');
        return space > 0
                && space + 1 < sentence.length()
                && (Character.isUpperCase(sentence.charAt(space + 1))
                        || SpeakerWords.DETERMINERS.contains(
                                sentence.substring(0, space).toLowerCase(Locale.ROOT)));
    }

    /** Whether the sentence quotes anyone (straight, curly or French marks). */
    static boolean isQuotation(String sentence) {
        return sentence.indexOf('"') >= 0
                || sentence.indexOf('«') >= 0
                || sentence.indexOf('“') >= 0
                || sentence.indexOf('”') >= 0
                || sentence.indexOf('»') >= 0;
    }
}
