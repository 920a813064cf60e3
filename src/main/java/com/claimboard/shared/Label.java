package com.claimboard.shared;

/** A value in a message that is itself to be translated: the name of a field, say. */
public record Label(String key) {}
