package com.claimboard.claim.splitting;

import java.util.Set;

/**
 * Turns the words around a verb of saying into a speaker's name. A person is named as the article names them, less
 * the titles before the name ("planetary geologist Rosaly Lopes" is Rosaly Lopes, "Tunisian Prime Minister Habib
 * Essid" is Habib Essid); a body, an office or a description is kept whole ("the New Zealand Department of
 * Conservation", "Obama administration officials", "le ministre des Affaires étrangères", "a senior political
 * source"); a demonstrative ("cet animateur") points back to a speaker named before.
 */
final class Names {

    private Names() {}

    /**
     * A name, or the kind of speaker a demonstrative points back to; {@code titles}: the titles the name came
     * with ("president" for "President Barack Obama"), by which the article may name the person again.
     */
    record Found(String name, SpeakerFinder.Kind reference, Set<String> titles, SpeakerFinder.Kind kind) {

        Found(String name, SpeakerFinder.Kind reference) {
            this(name, reference, Set.of(), name == null ? SpeakerFinder.Kind.UNKNOWN : SpeakerFinder.kindOf(name));
        }
    }

    private static final Set<String> CONNECTORS =
            Set.of("of", "de", "du", "des", "d'", "von", "van", "der", "den", "al", "bin", "ben", "la", "le", "del");
    private static final int LONGEST = 14;

    /** The speaker named from token {@code i} on, after the verb ({@code said …}, {@code according to …}). */
    static Found after(Tokens t, int i) {
        int j = i;
        while (t.isWord(j) && SpeakerWords.WHEN.contains(t.lower(j))) {
            j++; // a déclaré jeudi le ministre; said late Thursday
        }
        j = skipRecipient(t, j); // a souligné auprès de l'AFP le porte-parole; a expliqué à franceinfo la ministre
        int start = j;
        if (!t.isWord(start)
                || SpeakerWords.pronoun(t.lower(start)) != null
                || SpeakerWords.OTHER_PRONOUNS.contains(t.lower(start))
                        && !SpeakerWords.SPEAKER_NOUNS.contains(t.lower(start))
                        && !SpeakerWords.DETERMINERS.contains(t.lower(start))) {
            return null; // said he believed…: the speaker is before the verb
        }
        boolean determiner = SpeakerWords.DETERMINERS.contains(t.lower(start));
        boolean capitals = false;
        int unknown = 0;
        while (t.isWord(j) && j - start < LONGEST) {
            String word = t.lower(j);
            if (word.equals("and") && capitals && determiner && t.capitalised(j + 1)) {
                j++; // the World Travel and Tourism Council
                continue;
            }
            if (SpeakerWords.NAME_ENDS.contains(word) && !(j == start && determiner)) {
                break;
            }
            boolean particle = !word.equals("of") && t.capitalised(j + 1); // Bernhard von Bülow, Marielle de Sarnez
            if (CONNECTORS.contains(word) && capitals && !determiner && !particle) {
                break; // said Tasos Georgelis of the city's department
            }
            if (!t.capitalised(j)
                    && !capitals
                    && !SpeakerWords.DETERMINERS.contains(word)
                    && !SpeakerWords.SPEAKER_NOUNS.contains(word)
                    && !SpeakerWords.TITLES.contains(word)
                    && !CONNECTORS.contains(word)
                    && ++unknown > 3) {
                return null; // a clause, not a name
            }
            capitals |= t.capitalised(j);
            j++;
        }
        int end = j - 1;
        while (end >= start && (CONNECTORS.contains(t.lower(end)) || SpeakerWords.DETERMINERS.contains(t.lower(end)))) {
            end--;
        }
        if (end < start || j - start >= LONGEST) {
            return null;
        }
        if ((!capitals || determiner) && t.isPunctuation(j, ",") && t.capitalised(j + 1)) {
            // declared a later chancellor, Bernhard von Bülow, in 1897: the name in apposition
            Found named = after(t, j + 1);
            if (named != null
                    && named.name() != null
                    && Character.isUpperCase(named.name().charAt(0))) {
                return new Found(named.name(), null, named.titles(), named.kind());
            }
        }
        return of(t, start, end);
    }

    /**
     * Past whom a French speaker spoke to, when the speaker follows: "auprès de l'AFP le porte-parole", "à franceinfo
     * la ministre". Only when a determiner opens what follows the recipient, so "a dit à France Inter que…" is left.
     */
    private static final Set<String> AUPRES_DE = Set.of("de", "du", "des", "d'");

    private static int skipRecipient(Tokens t, int j) {
        String word = t.lower(j);
        int k;
        if ("auprès".equals(word) && AUPRES_DE.contains(t.lower(j + 1))) {
            k = j + 2;
        } else if ("à".equals(word) || "au".equals(word) || "aux".equals(word)) {
            k = j + 1;
        } else {
            return j;
        }
        if (t.isWord(k) && SpeakerWords.DETERMINERS.contains(t.lower(k))) {
            k++;
        }
        if (!t.isWord(k)) {
            return j;
        }
        k++;
        while (t.isWord(k) && t.capitalised(k) && t.capitalised(k - 1)) {
            k++; // à Radio France, auprès de l'Agence France-Presse
        }
        return t.isWord(k) && SpeakerWords.DETERMINERS.contains(t.lower(k)) ? k : j;
    }

    /** The speaker the words from {@code a} to {@code b} name, or null when they name nobody. */
    static Found of(Tokens t, int a, int b) {
        String first = t.lower(a);
        int lastRunEnd = -1;
        int lastRunStart = -1;
        for (int k = b; k >= a; k--) {
            if (name(t, k)) {
                lastRunEnd = k;
                lastRunStart = k;
                while (lastRunStart - 1 >= a
                        && (name(t, lastRunStart - 1)
                                || (CONNECTORS.contains(t.lower(lastRunStart - 1))
                                        && lastRunStart - 2 >= a
                                        && name(t, lastRunStart - 2)))) {
                    lastRunStart--;
                }
                break;
            }
        }
        if (lastRunEnd < 0) {
            if (SpeakerWords.DEMONSTRATIVES.contains(first) && b > a) {
                return new Found(null, SpeakerFinder.kindOf(t.text(a, b)));
            }
            return speakerNoun(t, a, b) ? new Found(t.text(a, b), null) : null;
        }
        boolean startsWithDeterminer = SpeakerWords.DETERMINERS.contains(first);
        if (lastRunEnd < b && startsWithDeterminer && lastRunStart == a + 1 && !speakerNoun(t, b, b)) {
            return new Found(t.text(a, b), null); // Le Canard enchaîné, Le Monde diplomatique
        }
        if (lastRunEnd < b) {
            // Words after the last name: "Obama administration officials", "le ministre des Affaires étrangères".
            boolean plural = t.lower(b).endsWith("s") && !t.lower(b).endsWith("ss") && !t.capitalised(b);
            return speakerNoun(t, a, b) || plural
                    ? new Found(t.text(a, b), null)
                    : new Found(
                            person(t, lastRunStart, lastRunEnd),
                            null,
                            titles(t, a, b),
                            SpeakerFinder.kindOf(t.text(a, b)));
        }
        int beforeRun = lastRunStart - 1;
        while (beforeRun > a && SpeakerWords.DETERMINERS.contains(t.lower(beforeRun))) {
            beforeRun--; // de l'Économie, of the World Bank
        }
        if (lastRunStart > a && CONNECTORS.contains(t.lower(beforeRun))) {
            return new Found(t.text(a, b), null); // le porte-parole du Kremlin, the head of the World Bank
        }
        if (startsWithDeterminer && lastRunStart == a + 1) {
            return new Found(t.text(a, b), null); // the White House, le Kremlin, the Prime Minister
        }
        if (lastRunStart > a) {
            return new Found(
                    person(t, lastRunStart, lastRunEnd),
                    null,
                    titles(t, a, b),
                    SpeakerFinder.kindOf(t.text(a, b))); // … editor Jon Sopel
        }
        return new Found(person(t, a, b), null, titles(t, a, b), SpeakerFinder.kindOf(t.text(a, b)));
    }

    /** A capitalised word that can be part of a name ("However" and "The" cannot). */
    private static boolean name(Tokens t, int k) {
        return t.capitalised(k) && !SpeakerWords.NOT_NAMES.contains(t.lower(k));
    }

    /** Whether the words name a speaker by a noun: "the officials", "a source", "le ministère", "l'agence". */
    private static boolean speakerNoun(Tokens t, int a, int b) {
        int head = a;
        while (head < b && SpeakerWords.DETERMINERS.contains(t.lower(head))) {
            head++;
        }
        return SpeakerWords.SPEAKER_NOUNS.contains(t.lower(b))
                || SpeakerWords.SPEAKER_NOUNS.contains(t.lower(head))
                || SpeakerWords.TITLES.contains(t.lower(b));
    }

    /** A person's name without the titles before it; the titles alone when there is no name after them. */
    private static String person(Tokens t, int a, int b) {
        int k = a;
        while (k < b && (title(t.lower(k)) || demonymBeforeTitle(t, k, b))) {
            k++;
        }
        return t.text(k, b);
    }

    /** The titles among the words from {@code a} to {@code b}, in lower case. */
    private static Set<String> titles(Tokens t, int a, int b) {
        Set<String> titles = new java.util.HashSet<>();
        for (int k = a; k <= b; k++) {
            if (title(t.lower(k))) {
                titles.add(t.lower(k).replace(".", ""));
            }
        }
        return Set.copyOf(titles);
    }

    private static boolean title(String word) {
        return SpeakerWords.TITLES.contains(word) || SpeakerWords.TITLES.contains(word + ".");
    }

    /** "Tunisian" in "Tunisian Prime Minister Habib Essid". */
    private static boolean demonymBeforeTitle(Tokens t, int k, int b) {
        String word = t.lower(k);
        boolean demonym = word.endsWith("an") || word.endsWith("ese") || word.endsWith("ish") || word.endsWith("i");
        return demonym && k + 1 < b && title(t.lower(k + 1));
    }
}
