package com.claimboard.claim.splitting;

import com.claimboard.claim.matching.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article's text into claim candidates: sentences, each with its speaker and check-worthiness. Given a
 * sentence encoder, English sentences are also scored by their likeness to example claims ({@link ClaimLikeness});
 * without one (or in French) by the word cues alone.
 */
public final class ClaimSplitter {

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final SpeakerFinder speakers = new SpeakerFinder();
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();
    private final ClaimLikeness likeness;

    /** A splitter that scores by word cues alone. */
    public ClaimSplitter() {
        this.likeness = null;
    }

    /** A splitter that also scores English sentences by their meaning, with {@code encoder}. */
    public ClaimSplitter(SentenceEncoder encoder) {
        this.likeness = new ClaimLikeness(encoder);
    }

    /**
     * Splits {@code text}; {@code lang} is a hint ("fr", "en") and may be null. Each sentence gets the speaker it
     * names; a quotation that runs over several sentences (and paragraphs, each opening with a mark again) is its
     * attribution's, wherever in the quotation that stands; a quotation that follows a quoted speaker's sentence
     * ({@code "A," he said. "B."}) or a sentence ending in a colon ({@code Il a déclaré :}) is that speaker's; a
     * pronoun ({@code She said}, {@code a-t-il ajouté}, {@code cet animateur}) is the latest named speaker it agrees
     * with (by gender, number, person or body), or the only one of the recent speakers who does.
     */
    public List<ClaimCandidate> split(String text, String lang) {
        return attribute(text, sentences.split(text), measured(lang));
    }

    /** Whether sentences in {@code lang} are measured by meaning: English only, the model's language. */
    private boolean measured(String lang) {
        return likeness != null
                && lang != null
                && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    /**
     * A card's text assessed again where it stands in its article, after a split, a merge or a reword: its
     * check-worthiness, reasons and speaker, read with the article's sentences before it as context (so "He
     * added…" still finds who "he" is). {@code start} is where the card's span starts in {@code articleText};
     * {@code lang} is the article's, as for {@link #split}.
     */
    public ClaimCandidate assess(String articleText, int start, String cardText, String lang) {
        String before = articleText.substring(0, Math.max(0, Math.min(start, articleText.length())));
        String text = before + cardText;
        List<Span> spans = new ArrayList<>(sentences.split(before));
        spans.add(new Span(before.length(), text.length()));
        ClaimCandidate last = attribute(text, spans, measured(lang)).getLast();
        return new ClaimCandidate(
                start,
                start + cardText.length(),
                cardText,
                last.speaker(),
                last.speakerByContext(),
                last.checkworthiness(),
                last.reasons());
    }

    private List<ClaimCandidate> attribute(String text, List<Span> spans, boolean byMeaning) {
        int n = spans.size();
        List<String> texts = new ArrayList<>(n);
        List<Words> words = new ArrayList<>(n);
        SpeakerFinder.Attribution[] found = new SpeakerFinder.Attribution[n];
        boolean[] continues = new boolean[n]; // begins inside a quotation opened before
        boolean open = false;
        for (int k = 0; k < n; k++) {
            String sentence = spans.get(k).of(text);
            texts.add(sentence);
            boolean paragraph = k > 0
                    && text.substring(spans.get(k - 1).end(), spans.get(k).start())
                                    .indexOf('\n')
                            >= 0;
            if (open && paragraph && !opensWithQuote(sentence)) {
                open = false; // left open at a paragraph's end and not opened again: it was over
            }
            continues[k] = open;
            words.add(Words.of(sentence));
            found[k] = speakers.find(sentence, words.get(k), open);
            open = found[k].openAtEnd();
        }
        String[] speaker = new String[n];
        boolean[] byContext = new boolean[n];
        new Context().attribute(texts, found, continues, speaker, byContext);
        List<ClaimCandidate> candidates = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Span span = spans.get(k);
            candidates.add(candidate(
                    span.start(), span.end(), texts.get(k), words.get(k), speaker[k], byContext[k], byMeaning));
        }
        return candidates;
    }

    private static java.util.Set<String> union(java.util.Set<String> one, java.util.Set<String> other) {
        java.util.Set<String> both = new java.util.HashSet<>(one);
        both.addAll(other);
        return both;
    }

    private static boolean opensWithQuote(String sentence) {
        String stripped = sentence.strip();
        return !stripped.isEmpty() && "\"«“".indexOf(stripped.charAt(0)) >= 0;
    }

    /** The speakers named so far, the latest first, and what pronouns taught about them. */
    private final class Context {

        private static final int RECENT = 4;
        private final List<String> recent = new ArrayList<>();
        private final java.util.Map<String, SpeakerFinder.Kind> learned = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.Set<String>> titles = new java.util.HashMap<>();

        void attribute(
                List<String> texts,
                SpeakerFinder.Attribution[] found,
                boolean[] continues,
                String[] speaker,
                boolean[] byContext) {
            String previous = null;
            boolean previousQuoted = false;
            boolean previousColon = false;
            int a = 0;
            while (a < found.length) {
                int b = a;
                while (b + 1 < found.length && continues[b + 1]) {
                    b++;
                }
                String group = null;
                int at = -1;
                for (int k = a; k <= b && group == null; k++) {
                    if (found[k].named()) {
                        String again = namedBefore(found[k].speaker());
                        group = again == null ? found[k].speaker() : again;
                        at = k;
                    }
                }
                for (int k = a; k <= b && group == null; k++) {
                    if (found[k].reference() != null) {
                        group = resolve(found[k].reference());
                        at = group == null ? -1 : k;
                    }
                }
                if (group == null && previous != null && found[a].bare()) {
                    group = previous; // "A," he said. "B."; Il a déclaré : « … »; He said he would. "B."
                }
                boolean quoted = false;
                for (int k = a; k <= b; k++) {
                    quoted |= found[k].quoted();
                    if (found[k].named()) {
                        String again = namedBefore(found[k].speaker());
                        speaker[k] = again == null ? found[k].speaker() : again;
                        byContext[k] = again != null;
                        if (again == null) {
                            titles.merge(speaker[k], found[k].titles(), ClaimSplitter::union);
                            if (found[k].kind() != SpeakerFinder.Kind.UNKNOWN) {
                                learned.putIfAbsent(speaker[k], found[k].kind()); // "La ministre Anne Roux" is a woman
                            }
                        }
                        remember(speaker[k]);
                    } else if (group != null && (k == at || k > a || found[k].quoted())) {
                        speaker[k] = group;
                        byContext[k] = true;
                    }
                }
                for (int k = a; k <= b; k++) {
                    Names.Found mentioned = found[k].mentioned();
                    if (speaker[k] == null && mentioned != null) {
                        // Named without being quoted: a pronoun after this may stand for them.
                        if (mentioned.kind() != SpeakerFinder.Kind.UNKNOWN) {
                            learned.putIfAbsent(mentioned.name(), mentioned.kind());
                        }
                        titles.merge(mentioned.name(), mentioned.titles(), ClaimSplitter::union);
                        remember(mentioned.name());
                    }
                }
                previous = group;
                previousQuoted = quoted;
                previousColon = texts.get(b).strip().endsWith(":");
                a = b + 1;
            }
        }

        /**
         * The person a description names again ("The president said" after "President Barack Obama said"): the
         * latest speaker who came with every title the description has; null for anything else.
         */
        private String namedBefore(String description) {
            String[] words = description.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (words.length < 2
                    || !java.util.Set.of("the", "le", "la").contains(words[0])
                    || description.chars().skip(words[0].length()).anyMatch(Character::isUpperCase)) {
                return null;
            }
            java.util.Set<String> wanted = new java.util.HashSet<>();
            for (String word : words) {
                if (SpeakerWords.TITLES.contains(word)) {
                    wanted.add(word);
                }
            }
            if (wanted.isEmpty()) {
                return null;
            }
            for (String name : recent) {
                if (titles.getOrDefault(name, java.util.Set.of()).containsAll(wanted)) {
                    return name;
                }
            }
            return null;
        }

        private void remember(String name) {
            recent.remove(name);
            recent.addFirst(name);
            if (recent.size() > RECENT) {
                recent.removeLast();
            }
        }

        /** The speaker a pronoun of this kind points back to, or null when it is not clear. */
        private String resolve(SpeakerFinder.Kind pronoun) {
            if (recent.isEmpty()) {
                return null;
            }
            String chosen = null;
            if (kind(recent.getFirst()).agreesWith(pronoun)) {
                chosen = recent.getFirst();
            } else {
                // The latest who agrees: "he" after "the administration" is the man named before it.
                chosen = recent.stream()
                        .filter(name -> kind(name).agreesWith(pronoun))
                        .findFirst()
                        .orElse(null);
            }
            if (chosen != null && kind(chosen) == SpeakerFinder.Kind.UNKNOWN) {
                learned.put(chosen, pronoun); // "Parata … He says": Parata is a man from now on
            }
            if (chosen != null) {
                remember(chosen);
            }
            return chosen;
        }

        private SpeakerFinder.Kind kind(String name) {
            return learned.computeIfAbsent(name, SpeakerFinder::kindOf);
        }
    }

    /** Scores each line as one sentence, for ranking text that is already segmented; {@code lang} as for split. */
    public List<ClaimCandidate> scoreLines(String text, String lang) {
        boolean byMeaning = measured(lang);
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
                candidates.add(candidate(start, end, line, words, speakers.speakerOf(line), false, byMeaning));
            }
            start = end + 1;
        }
        return candidates;
    }

    private ClaimCandidate candidate(
            int start, int end, String sentence, Words words, String speaker, boolean byContext, boolean byMeaning) {
        double like = byMeaning ? likeness.of(sentence) : 0;
        CheckworthinessScorer.Score score =
                scorer.score(sentence, words, SpeakerFinder.isQuotation(sentence), speaker != null, like);
        return new ClaimCandidate(start, end, sentence, speaker, byContext, score.value(), score.reasons());
    }
}
