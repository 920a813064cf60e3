package com.claimboard.duplicates;

/** Where a link stands: found by the matcher, or judged by a reviewer. */
public enum LinkStatus {
    SUGGESTED,
    CONFIRMED,
    REJECTED
}
