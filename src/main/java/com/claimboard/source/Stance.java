package com.claimboard.source;

/** What a source does to the claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT;

    /** The translation key of the stance's name. */
    public String messageKey() {
        return "stance." + name();
    }
}
