package com.claimboard.source;

/** A source was attached and waits to be fetched. */
record SourceAttached(long sourceId) {}
