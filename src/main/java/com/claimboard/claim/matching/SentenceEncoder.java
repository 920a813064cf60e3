package com.claimboard.claim.matching;

/**
 * Turns a sentence into a vector of unit length, so that the dot product of two is their cosine: close meanings,
 * close vectors. Implementations must be safe to call from several threads.
 */
public interface SentenceEncoder {

    /** The vector of {@code text} (never empty text: the caller checks), of unit length. */
    float[] encode(String text);
}
