package com.claimboard.claim.splitting;

import com.claimboard.claim.matching.SentenceEncoder;
import com.claimboard.claim.matching.Vectors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How much an English sentence reads like a claim a desk would check, by its meaning rather than its words: the
 * mean cosine to the {@value #NEAREST} nearest of eighty example claims (figures, records, events, effects of
 * a policy) minus the same to as many examples of what a desk does not check (thanks, procedure, opinions,
 * promises, a site's furniture). The examples are written for Claimboard, in fields beyond politics, and the
 * sentence model is all-MiniLM-L6-v2 (trained on general sentence pairs, not on fact-checks); nothing here is
 * fitted to a corpus (decision 0026). About −0.5 to +0.4; above {@link #CLAIM_LIKE} a sentence is more like the
 * claims than like the rest. The model reads English: a French sentence is not measured.
 *
 * <p>The examples are encoded at the first sentence, so that a process that never splits never loads the model.
 * Thread-safe.
 */
final class ClaimLikeness {

    /** How many of the nearest examples on each side are averaged: one example alone decides too much. */
    static final int NEAREST = 3;

    /** Above this a sentence is nearer the claims than the other examples by a clear margin (the top tenth). */
    static final double CLAIM_LIKE = 0.1;

    private static final String CLAIMS = "claim-like-en.txt";
    private static final String OTHERS = "not-claim-like-en.txt";

    private static final System.Logger LOG = System.getLogger(ClaimLikeness.class.getName());

    private final SentenceEncoder encoder;
    private volatile Examples examples;
    private volatile boolean failed;

    /** Each side's vectors laid end to end, as {@link Vectors#dots} reads them. */
    private record Examples(float[] claims, int claimCount, float[] others, int otherCount) {}

    ClaimLikeness(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * The sentence's likeness to the claims less its likeness to the rest; 0 (not measured) when the model cannot
     * run here, which is said once in the log and not tried again, or cannot read this one sentence: an article
     * is still split and scored, by its words.
     */
    double of(String sentence) {
        String text = sentence.strip();
        if (text.isEmpty() || failed) {
            return 0;
        }
        Examples known;
        try {
            known = examples();
        } catch (RuntimeException | LinkageError broken) {
            failed = true;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "The sentence model cannot run; check-worthiness is scored by word cues alone.",
                    broken);
            return 0;
        }
        try {
            float[] vector = encoder.encode(text);
            return nearest(Vectors.dots(vector, known.claims(), known.claimCount()))
                    - nearest(Vectors.dots(vector, known.others(), known.otherCount()));
        } catch (RuntimeException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "The sentence model could not read a sentence; scored by its words.");
            return 0;
        }
    }

    private Examples examples() {
        Examples known = examples;
        if (known == null) {
            synchronized (this) {
                if (examples == null) {
                    List<String> claims = lines(CLAIMS);
                    List<String> others = lines(OTHERS);
                    examples = new Examples(encode(claims), claims.size(), encode(others), others.size());
                }
                known = examples;
            }
        }
        return known;
    }

    private float[] encode(List<String> sentences) {
        float[] rows = null;
        for (int i = 0; i < sentences.size(); i++) {
            float[] vector = encoder.encode(sentences.get(i));
            if (rows == null) {
                rows = new float[sentences.size() * vector.length];
            }
            System.arraycopy(vector, 0, rows, i * vector.length, vector.length);
        }
        return rows == null ? new float[0] : rows;
    }

    /** The mean of the {@value #NEAREST} highest cosines. */
    private static double nearest(float[] cosines) {
        Arrays.sort(cosines);
        int count = Math.min(NEAREST, cosines.length);
        double sum = 0;
        for (int i = cosines.length - count; i < cosines.length; i++) {
            sum += cosines[i];
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The examples of a resource file: one per line, blank lines and lines opening with # left out. */
    static List<String> lines(String resource) {
        try (InputStream in = ClaimLikeness.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
