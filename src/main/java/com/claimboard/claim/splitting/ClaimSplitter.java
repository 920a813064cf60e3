package com.claimboard.claim.splitting;

import java.util.ArrayList;
import java.util.List;

/** Turns an article's text into claim candidates: sentences, each with its speaker and check-worthiness. */
public final class ClaimSplitter {

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final SpeakerFinder speakers = new SpeakerFinder();
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();

    /** Splits {@code text}; {@code lang} is a hint ("fr", "en") and may be null. */
    public List<ClaimCandidate> split(String text, String lang) {
        List<ClaimCandidate> candidates = new ArrayList<>();
        String lastSpeaker = null;
        boolean lastWasQuotation = false;
        for (Span span : sentences.split(text)) {
            candidates.add(candidate(span.start(), span.end(), span.of(text), lastSpeaker, lastWasQuotation));
            ClaimCandidate added = candidates.getLast();
            if (added.speaker() != null) {
                lastSpeaker = added.speaker();
            }
            lastWasQuotation = speakers.isQuotation(added.text());
        }
        return candidates;
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
                candidates.add(candidate(start, end, line, null, false));
            }
            start = end + 1;
        }
        return candidates;
    }

    private ClaimCandidate candidate(
            int start, int end, String sentence, String lastSpeaker, boolean lastWasQuotation) {
        String speaker = speakers.speakerOf(sentence);
        boolean byContext = false;
        if (speaker == null
                && lastSpeaker != null
                && (speakers.refersBack(sentence) || (lastWasQuotation && speakers.isBareQuotation(sentence)))) {
            speaker = lastSpeaker;
            byContext = true;
        }
        CheckworthinessScorer.Score score = scorer.score(sentence, speakers.isQuotation(sentence), speaker != null);
        return new ClaimCandidate(start, end, sentence, speaker, byContext, score.value(), score.reasons());
    }
}
