package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;

/** Turns an article's text into claim candidates: sentences, each with its speaker and check-worthiness. */
public final class ClaimSplitter {

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final SpeakerFinder speakers = new SpeakerFinder();
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();

    /**
     * Splits {@code text}; {@code lang} is a hint ("fr", "en") and may be null. A sentence that refers back to
     * a speaker ("Il a déclaré", "He said") gets the last named speaker the pronoun agrees with, when that is
     * unambiguous: the latest speaker if they agree, otherwise the only earlier one among the recent speakers
     * who does; a quotation introduced by a sentence ending in a colon ("Il a déclaré :") is that sentence's
     * speaker's, and a quotation running on after a quotation keeps its speaker.
     */
    public List<ClaimCandidate> split(String text, String lang) {
        List<ClaimCandidate> candidates = new ArrayList<>();
        List<String> recentSpeakers = new ArrayList<>(); // the latest first, each once
        boolean lastWasQuotation = false;
        String introducedBy = null; // "Le ministre a déclaré :" names who speaks in the quotation that follows
        for (Span span : sentences.split(text)) {
            String sentence = span.of(text);
            Words words = Words.of(sentence);
            String speaker = speakers.speakerOf(sentence, words);
            boolean byContext = false;
            if (speaker == null && introducedBy != null && speakers.isBareQuotation(sentence)) {
                speaker = introducedBy;
                byContext = true;
            } else if (speaker == null && !recentSpeakers.isEmpty()) {
                SpeakerFinder.Kind pronoun = speakers.referenceBack(sentence);
                if (pronoun != null) {
                    speaker = speakerAgreeingWith(pronoun, recentSpeakers);
                } else if (lastWasQuotation && speakers.isBareQuotation(sentence)) {
                    speaker = recentSpeakers.getFirst();
                }
                byContext = speaker != null;
            }
            candidates.add(candidate(span.start(), span.end(), sentence, words, speaker, byContext));
            if (speaker != null && !byContext) {
                recentSpeakers.remove(speaker);
                recentSpeakers.addFirst(speaker);
                if (recentSpeakers.size() > RECENT_SPEAKERS) {
                    recentSpeakers.removeLast();
                }
            }
            lastWasQuotation = speakers.isQuotation(sentence);
            introducedBy = sentence.strip().endsWith(":") ? speaker : null;
        }
        return candidates;
    }

    private static final int RECENT_SPEAKERS = 3;

    private String speakerAgreeingWith(SpeakerFinder.Kind pronoun, List<String> recentSpeakers) {
        String latest = recentSpeakers.getFirst();
        if (speakers.kindOf(latest).agreesWith(pronoun)) {
            return latest;
        }
        List<String> agreeing = recentSpeakers.stream()
                .filter(name -> speakers.kindOf(name).agreesWith(pronoun))
                .toList();
        return agreeing.size() == 1 ? agreeing.getFirst() : null;
    }

    /** Scores each line as one sentence, for ranking text that is already segmented. */
    public List<ClaimCandidate> scoreLines(String text) {
        List<ClaimCandidate> candidates = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                Words words = Words.of(line);
                candidates.add(candidate(start, end, line, words, speakers.speakerOf(line, words), false));
            }
            start = end + 1;
        }
        return candidates;
    }

    private ClaimCandidate candidate(
            int start, int end, String sentence, Words words, String speaker, boolean byContext) {
        CheckworthinessScorer.Score score =
                scorer.score(sentence, words, speakers.isQuotation(sentence), speaker != null);
        return new ClaimCandidate(start, end, sentence, speaker, byContext, score.value(), score.reasons());
    }
}
