package com.claimboard.source;

/** How a source reached the desk: fetched from its address, uploaded (a saved page or a PDF), or typed by hand. */
public enum SourceKind {
    WEB,
    SAVED_PAGE,
    PDF,
    EXCERPT;

    public String messageKey() {
        return "source.kind." + name();
    }
}
