package com.claimboard.source;

/** Where a source's snapshot stands. */
public enum FetchState {
    PENDING,
    FETCHED,
    FAILED;

    /** The translation key of the state's name. */
    public String messageKey() {
        return "fetch." + name();
    }
}
