package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores how much a sentence deserves checking, from 0 to 1, with the reasons. Rules written by hand: numbers,
 * comparisons, causes, predictions, quotations and attributions raise the score; opinion, hedging and
 * questions lower it.
 */
final class CheckworthinessScorer {

    private record Rule(String reason, Pattern pattern, double weight) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "statistic",
                    Pattern.compile(
                            "\\d|\\b(?:million|milliard|billion|trillion|percent|pour cent|moitié"
                                    + "|half|twice|double|triple|dozens?|douzaine|centaines?|hundreds?|thousands?|milliers?)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    0.25),
            new Rule(
                    "comparison",
                    Pattern.compile(
                            "\\b(?:plus|moins|davantage|than|more|less|fewer|most|least|highest"
                                    + "|lowest|record|largest|biggest|smallest|pire|meilleur|worst|best|increased?"
                                    + "|decreased?|doubled|tripled|rose|risen|fell|fallen|grew|grown|declined|dropped"
                                    + "|augment\\p{L}*|baiss\\p{L}*|hausse|recul\\p{L}*|since|depuis)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    0.1),
            new Rule(
                    "causal",
                    Pattern.compile(
                            "\\b(?:parce que|car|à cause|grâce à|conduit à|conduit au|entraîn\\p{L}*"
                                    + "|provoqu\\p{L}*|because|caused?|due to|leads? to|led to|result(?:s|ed)? in|therefore|donc)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    0.1),
            new Rule(
                    "prediction",
                    Pattern.compile(
                            "\\b(?:will|won't|going to|sera|seront|serait|devrait|devraient" + "|va |vont |would)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    0.05),
            new Rule(
                    "law-or-policy",
                    Pattern.compile(
                            "\\b(?:loi|décret|réforme|taxe|impôt|budget|law|bill|tax|taxes|act"
                                    + "|policy|regulation|sanctions?|annexion|annexation|traité|treaty|voted?|signed"
                                    + "|vetoed|passed|legislation|deal|agreement|obamacare|medicare|medicaid|tariffs?"
                                    + "|vot\\p{L}*|adopt\\p{L}*|accord)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    0.1),
            new Rule(
                    "opinion",
                    Pattern.compile(
                            "\\b(?:je pense|je crois|à mon avis|I think|I believe|I feel|in my view"
                                    + "|beautiful|wonderful|terrible|great|magnifique|formidable)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    -0.15),
            new Rule(
                    "hedging",
                    Pattern.compile(
                            "\\b(?:peut-être|perhaps|maybe|might|possibly|sembl\\p{L}*|seems?)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    -0.05),
            new Rule(
                    "procedural",
                    Pattern.compile(
                            "\\b(?:let me|let's|next question|we'll be right back|time is up|your time|go ahead"
                                    + "|moderator|I want to thank|applause|laughter|crosstalk|la parole|je vous remercie"
                                    + "|question suivante)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    -0.2),
            new Rule(
                    "greeting",
                    Pattern.compile(
                            "^(?:thank you|thanks|merci|bonjour|bonsoir|hello|good evening|good" + " morning)\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                    -0.3));

    record Score(double value, List<String> reasons) {}

    Score score(String sentence, boolean quoted, boolean attributed) {
        double value = 0.2;
        List<String> reasons = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(sentence).find()) {
                value += rule.weight();
                reasons.add(rule.reason());
            }
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
        int words = sentence.strip().split("\\s+").length;
        if (words < 6) {
            value -= 0.15; // too short to carry a claim: "Absolutely.", "That's right."
        } else if (words >= 15) {
            value += 0.05;
        }
        return new Score(Math.max(0, Math.min(1, value)), reasons);
    }
}
