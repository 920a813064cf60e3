package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores how much a sentence deserves checking, from 0 to 1, with the reasons. Rules written by hand, in French
 * and English: numbers, comparisons and trends, causes, predictions, laws and votes, quotations and attributions
 * raise the score; opinion, hedging, questions, greetings, procedural talk and very short lines lower it. For
 * English, the sentence's likeness to example claims, by meaning ({@link ClaimLikeness}), moves it too.
 * Each sentence is lower-cased and cut into words once; the rules look words, word stems and phrases up.
 */
final class CheckworthinessScorer {

    /**
     * A cue: single words, word beginnings (stems) and multi-word phrases, and what finding one is worth. A phrase
     * that opens with a word is looked for only in sentences holding that word, so most phrases cost one look-up.
     */
    private record Rule(
            CheckworthinessReason reason, Set<String> words, List<String> stems, List<Phrase> phrases, double weight) {

        boolean matches(Set<String> sentenceWords, String lower) {
            for (String word : sentenceWords) {
                if (words.contains(word)) {
                    return true;
                }
                for (String stem : stems) {
                    if (word.startsWith(stem)) {
                        return true;
                    }
                }
            }
            for (Phrase phrase : phrases) {
                if ((phrase.head().isEmpty() || sentenceWords.contains(phrase.head()))
                        && lower.contains(phrase.text())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A phrase and the word it must open with in a sentence, or "" when it is looked for everywhere. */
    private record Phrase(String text, String head) {

        static Phrase of(String text) {
            return new Phrase(text, CheckworthinessScorer.head(text));
        }
    }

    private static Rule rule(CheckworthinessReason reason, double weight, String words, String stems, String phrases) {
        return new Rule(
                reason,
                Set.of(split(words)),
                List.of(split(stems)),
                Stream.of(split(phrases, "\\|")).map(Phrase::of).toList(),
                weight);
    }

    private static final String ELIDABLE = "aeiouyhàâäéèêëîïôöùûü";

    /**
     * The phrase's first word when it is a whole word of letters ("let" of "let me"); empty for "%" or "$", and for
     * a word opening on a vowel or an h, which French may glue to the word before ("qu'il faut", "l'on").
     */
    private static String head(String phrase) {
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        boolean letters = first.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-');
        return letters && !first.isEmpty() && ELIDABLE.indexOf(first.charAt(0)) < 0 ? first : "";
    }

    private static String[] split(String list) {
        return split(list, " ");
    }

    private static String[] split(String list, String separator) {
        return list.isBlank() ? new String[0] : list.strip().split(separator);
    }

    /** Units and magnitudes: a figure with one of these is a statistic for sure ("12 percent", "$4 billion"). */
    private static final Rule UNITS = rule(
            CheckworthinessReason.STATISTIC,
            0.5,
            "million millions milliard milliards billion billions trillion trillions percent pourcent thousand"
                    + " thousands millier milliers hundred hundreds centaine centaines dollars euros",
            "",
            "pour cent|%|$|€|£");
    /** A bare number (a year, an address) or a unit without its number: likely, not surely, a statistic. */
    private static final double FIGURE_OR_UNIT_ALONE = 0.2;

    /** A share ("12 percent", "7 %"): in the CLEF debates, a line with one is checked more often than other figures. */
    private static final Rule SHARE =
            rule(CheckworthinessReason.STATISTIC, 0.05, "percent pourcent", "", "per cent|pour cent|%");

    /**
     * The economy — taxes, jobs, wages, debt, trade, budgets and spending: claims about it are checked in debates,
     * speeches and news alike.
     */
    private static final Rule ECONOMY = rule(
            CheckworthinessReason.ECONOMY,
            0.05,
            "tax taxes jobs economy unemployment deficit debt wages income trade budget spending cost costs impôt"
                    + " impôts taxe emplois économie chômage déficit dette salaires revenu revenus commerce dépenses"
                    + " coût coûts",
            "",
            "");

    /** Quantities without a figure: words that name a count, a share or an economic measure. */
    private static final Rule QUANTITIES = rule(
            CheckworthinessReason.STATISTIC,
            0.15,
            "moitié half twice double triple dozen dozens douzaine majority majorité unemployment chômage deficit"
                    + " déficit debt dette wages salaires gdp pib inflation jobs emplois income revenu revenus"
                    + " poverty pauvreté rate taux average moyenne deaths morts décès murders meurtres homicides"
                    + " victims victimes crime crimes criminalité",
            "",
            "out of|sur dix|sur cent|per year|a year|each year|every year|par an|chaque année");

    private static final List<Rule> RULES = List.of(
            rule(
                    CheckworthinessReason.COMPARISON,
                    0.15,
                    "plus moins davantage than more less fewer most least highest lowest record largest biggest"
                            + " smallest greatest pire meilleur worst best increase increased decrease decreased"
                            + " doubled tripled rose risen fell fallen grew grown declined dropped hausse baisse ever"
                            + " history histoire since depuis cut cuts lost gained created",
                    "augment baiss recul",
                    "jamais vu|no one else|nobody else"),
            rule(
                    CheckworthinessReason.CAUSAL,
                    0.1,
                    "car because cause caused therefore donc consequently",
                    "entraîn provoqu",
                    "parce que|à cause|grâce à|conduit à|conduit au|due to|lead to|leads to|led to|result in"
                            + "|results in|resulted in"),
            // Promises and forecasts cannot be checked yet: the badge says what the claim is, the score drops.
            rule(
                    CheckworthinessReason.PREDICTION,
                    -0.05,
                    "will won't sera seront serait devrait devraient va vont",
                    "",
                    "going to|gonna"),
            rule(
                    CheckworthinessReason.LAW_OR_POLICY,
                    0.1,
                    "loi lois décret réforme law laws bill act policy regulation sanction sanctions annexion"
                            + " annexation traité treaty vote voted signed vetoed passed legislation deal agreement"
                            + " tariff tariffs accord",
                    "vot adopt",
                    ""),
            rule(
                    CheckworthinessReason.OPINION,
                    -0.15,
                    "beautiful wonderful terrible great magnifique formidable scandaleux scandaleuse honteux honteuse"
                            + " inacceptable",
                    "",
                    "je pense|je crois|à mon avis|selon moi|i think|i believe|i feel|in my view|in my opinion"
                            + "|we need to|we should|we must|il faut|nous devons"),
            rule(
                    CheckworthinessReason.HEDGING,
                    -0.05,
                    "peut-être perhaps maybe might possibly seem seems probablement éventuellement",
                    "sembl",
                    ""),
            rule(
                    CheckworthinessReason.PROCEDURAL,
                    -0.2,
                    "moderator applause laughter crosstalk respond rebuttal",
                    "",
                    "let me|let's|next question|we'll be right back|time is up|your time|go ahead|i want to thank"
                            + "|your response|seconds to|répondre|votre réponse"
                            + "|la parole|je vous remercie|question suivante|passons à|revenons à"));

    private static final List<String> GREETINGS =
            List.of("thank you", "thanks", "merci", "bonjour", "bonsoir", "hello", "good evening", "good morning");

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "\\s*(?:Senator|Secretary|Governor|Mayor|Congressman|Congresswoman|President|Mr\\.|Mrs\\.|Ms\\.|Monsieur"
                    + "|Madame)(?: le| la)? \\p{L}+,");

    record Score(double value, List<CheckworthinessReason> reasons) {}

    /** What a likeness of 1 would add; likenesses run from about −0.5 to +0.4 (decision 0026). */
    private static final double LIKENESS_WEIGHT = 1.5;

    /**
     * A base of 0.2, plus or minus each cue found; a figure counts more with a unit than alone (a year is a figure
     * too), and longer sentences carry more to check; the sentence's {@link ClaimLikeness} (0 when it was not
     * measured) moves it too. Kept between 0 and 1.
     */
    Score score(String sentence, Words sentenceWords, boolean quoted, boolean attributed, double likeness) {
        String lower = sentenceWords.lower();
        Set<String> words = sentenceWords.set();
        double value = 0.2 + LIKENESS_WEIGHT * likeness;
        List<CheckworthinessReason> reasons = new ArrayList<>();
        if (likeness >= ClaimLikeness.CLAIM_LIKE) {
            reasons.add(CheckworthinessReason.CLAIM_LIKE);
        }
        boolean figure = hasDigit(sentence);
        boolean unit = UNITS.matches(words, lower);
        if (figure && unit) {
            value += UNITS.weight() + (SHARE.matches(words, lower) ? SHARE.weight() : 0);
            reasons.add(UNITS.reason());
        } else if (figure || unit) {
            value += FIGURE_OR_UNIT_ALONE;
            reasons.add(UNITS.reason());
        } else if (QUANTITIES.matches(words, lower)) {
            value += QUANTITIES.weight();
            reasons.add(QUANTITIES.reason());
        }
        if (ECONOMY.matches(words, lower)) {
            value += ECONOMY.weight();
            reasons.add(ECONOMY.reason());
        }
        for (Rule rule : RULES) {
            if (rule.matches(words, lower)) {
                value += rule.weight();
                reasons.add(rule.reason());
            }
        }
        String start = lower.stripLeading();
        if (ADDRESS.matcher(sentence).lookingAt() && !reasons.contains(CheckworthinessReason.PROCEDURAL)) {
            value -= 0.2; // "Senator Sanders, …": a moderator turning to a speaker
            reasons.add(CheckworthinessReason.PROCEDURAL);
        }
        if (GREETINGS.stream().anyMatch(start::startsWith)) {
            value -= 0.3;
            reasons.add(CheckworthinessReason.GREETING);
        }
        if (quoted) {
            value += 0.1;
            reasons.add(CheckworthinessReason.QUOTATION);
        }
        if (attributed) {
            value += 0.1;
            reasons.add(CheckworthinessReason.ATTRIBUTION);
        }
        if (sentence.strip().endsWith("?")) {
            value -= 0.25;
            reasons.add(CheckworthinessReason.QUESTION);
        }
        int wordCount = countWords(sentence);
        if (wordCount < 6) {
            value -= 0.15; // too short to carry a claim: "Absolutely.", "That's right."
        } else if (wordCount < 10) {
            value -= 0.05;
        }
        value += 0.004 * Math.min(wordCount, 40); // more words, more to check; it also breaks ties
        double kept = Math.max(0, Math.min(1, value));
        return new Score(Math.round(kept * 1000) / 1000.0, reasons); // three decimals: no float noise in JSON
    }

    private static boolean hasDigit(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String sentence) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean space = Character.isWhitespace(sentence.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
