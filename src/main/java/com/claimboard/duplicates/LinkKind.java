package com.claimboard.duplicates;

/** What the matcher thinks of an earlier card: the same claim, already published, or one to look at. */
public enum LinkKind {
    ALREADY_CHECKED,
    SIMILAR
}
