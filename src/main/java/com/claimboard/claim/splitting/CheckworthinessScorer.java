package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how much a sentence deserves checking, from 0 to 1, with the reasons. Rules written by hand, in French
 * and English: numbers, comparisons and trends, causes, predictions, laws and votes, quotations and attributions
 * raise the score; opinion, hedging, questions, greetings, procedural talk and very short lines lower it.
 * Each sentence is lower-cased and cut into words once; the rules look words, word stems and phrases up.
 */
final class CheckworthinessScorer {

    /** A cue: single words, word beginnings (stems) and multi-word phrases, and what finding one is worth. */
    private record Rule(String reason, Set<String> words, List<String> stems, List<String> phrases, double weight) {

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
            for (String phrase : phrases) {
                if (lower.contains(phrase)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Rule rule(String reason, double weight, String words, String stems, String phrases) {
        return new Rule(reason, Set.of(split(words)), List.of(split(stems)), List.of(split(phrases, "\\|")), weight);
    }

    private static String[] split(String list) {
        return split(list, " ");
    }

    private static String[] split(String list, String separator) {
        return list.isBlank() ? new String[0] : list.strip().split(separator);
    }

    private static final List<Rule> RULES = List.of(
            rule(
                    "statistic",
                    0.25,
                    "million millions milliard milliards billion billions trillion percent moitié half twice double"
                            + " triple dozen dozens douzaine centaine centaines hundred hundreds thousand thousands"
                            + " millier milliers pourcent",
                    "",
                    "pour cent|%|$|€|£"),
            rule(
                    "comparison",
                    0.1,
                    "plus moins davantage than more less fewer most least highest lowest record largest biggest"
                            + " smallest pire meilleur worst best increase increased decrease decreased doubled tripled"
                            + " rose risen fell fallen grew grown declined dropped hausse since depuis",
                    "augment baiss recul",
                    ""),
            rule(
                    "causal",
                    0.1,
                    "car because cause caused therefore donc consequently",
                    "entraîn provoqu",
                    "parce que|à cause|grâce à|conduit à|conduit au|due to|lead to|leads to|led to|result in"
                            + "|results in|resulted in"),
            rule("prediction", 0.05, "will won't sera seront serait devrait devraient va vont would", "", "going to"),
            rule(
                    "law-or-policy",
                    0.1,
                    "loi décret réforme taxe impôt budget law bill tax taxes act policy regulation sanction sanctions"
                            + " annexion annexation traité treaty vote voted signed vetoed passed legislation deal"
                            + " agreement obamacare medicare medicaid tariff tariffs accord",
                    "vot adopt",
                    ""),
            rule(
                    "opinion",
                    -0.15,
                    "beautiful wonderful terrible great magnifique formidable scandaleux scandaleuse honteux honteuse"
                            + " inacceptable",
                    "",
                    "je pense|je crois|à mon avis|selon moi|i think|i believe|i feel|in my view"),
            rule(
                    "hedging",
                    -0.05,
                    "peut-être perhaps maybe might possibly seem seems probablement éventuellement",
                    "sembl",
                    ""),
            rule(
                    "procedural",
                    -0.2,
                    "moderator applause laughter crosstalk",
                    "",
                    "let me|let's|next question|we'll be right back|time is up|your time|go ahead|i want to thank"
                            + "|la parole|je vous remercie|question suivante|passons à|revenons à"));

    private static final List<String> GREETINGS =
            List.of("thank you", "thanks", "merci", "bonjour", "bonsoir", "hello", "good evening", "good morning");

    record Score(double value, List<String> reasons) {}

    Score score(String sentence, boolean quoted, boolean attributed) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Set<String> words = words(lower);
        double value = 0.2;
        List<String> reasons = new ArrayList<>();
        if (hasDigit(sentence) || RULES.getFirst().matches(words, lower)) {
            value += RULES.getFirst().weight();
            reasons.add(RULES.getFirst().reason());
        }
        for (Rule rule : RULES.subList(1, RULES.size())) {
            if (rule.matches(words, lower)) {
                value += rule.weight();
                reasons.add(rule.reason());
            }
        }
        String start = lower.stripLeading();
        if (GREETINGS.stream().anyMatch(start::startsWith)) {
            value -= 0.3;
            reasons.add("greeting");
        }
        if (quoted) {
            value += 0.1;
            reasons.add("quotation");
        }
        if (attributed) {
            value += 0.1;
            reasons.add("attribution");
        }
        if (sentence.strip().endsWith("?")) {
            value -= 0.2;
            reasons.add("question");
        }
        int wordCount = countWords(sentence);
        if (wordCount < 6) {
            value -= 0.15; // too short to carry a claim: "Absolutely.", "That's right."
        } else if (wordCount >= 15) {
            value += 0.05;
        }
        return new Score(Math.max(0, Math.min(1, value)), reasons);
    }

    /** The words of a lower-cased sentence: runs of letters, apostrophes and hyphens inside a word kept. */
    private static Set<String> words(String lower) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length()
                    && (Character.isLetter(lower.charAt(i))
                            || (start >= 0 && (lower.charAt(i) == '\'' || lower.charAt(i) == '-')));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
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
