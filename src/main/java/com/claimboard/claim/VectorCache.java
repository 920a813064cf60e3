package com.claimboard.claim;

import com.claimboard.claim.matching.MiniLmEncoder;
import com.claimboard.claim.matching.SentenceEncoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The vectors of the texts encoded so far, so that rebuilding the matcher after a change encodes only the cards
 * whose words are new; the model itself is loaded at the first text. Bounded: past {@link #MAX_ENTRIES} texts it
 * starts again (a rebuild then encodes all).
 */
final class VectorCache implements SentenceEncoder, AutoCloseable {

    /** About 1.6 kB a text with its key: some 160 MB at most. */
    static final int MAX_ENTRIES = 100_000;

    private final Supplier<MiniLmEncoder> loader;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile MiniLmEncoder model;

    VectorCache(Supplier<MiniLmEncoder> loader) {
        this.loader = loader;
    }

    @Override
    public float[] encode(String text) {
        float[] known = vectors.get(text);
        if (known != null) {
            return known;
        }
        if (vectors.size() >= MAX_ENTRIES) {
            vectors.clear();
        }
        float[] vector = model().encode(text);
        vectors.put(text, vector);
        return vector;
    }

    private MiniLmEncoder model() {
        MiniLmEncoder loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = loader.get();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
