package com.claimboard.claim.matching;

/**
 * A checked claim found like the one asked about: its combined score (higher is closer; only an order) and the
 * cosine similarity of the two sentences (0 to 1 in practice, comparable from one query to the next, which is
 * what thresholds such as "already checked" are set on; 0 when the matcher reads words only).
 */
public record ClaimMatch(String id, double score, double similarity) {}
