package com.claimboard.claim.matching;

/** A checked claim found like the one asked about, with its score (higher is closer; only an order). */
public record ClaimMatch(String id, double score) {}
