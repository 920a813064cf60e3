package com.claimboard.source;

import java.time.LocalDate;

/**
 * A passage typed by hand from a source that has no page to fetch (a printed report, a broadcast, a document
 * sent to the desk), with its citation: title, outlet and date, and an address when there is one.
 */
public record Excerpt(String text, String title, String outlet, LocalDate date, String url) {}
