package com.claimboard.source;

/** Where a source's snapshot stands. */
public enum FetchState {
    PENDING,
    FETCHED,
    FAILED
}
