package com.claimboard.source;

/** What a source does to the claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
