package com.claimboard.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored copy as the public page shows it: its paragraphs with each quoted passage marked with its number, so
 * that {@code #passage-N} lands on it. A passage whose words are no longer in the copy is not marked (the
 * fact-check page still quotes it).
 */
final class SnapshotParagraphs {

    private SnapshotParagraphs() {}

    /** A passage as marked: its number on the page and its stance ({@code supports}, {@code refutes}…). */
    record Passage(int number, String stance) {}

    static List<List<MarkedText.Part<Passage>>> of(String text, List<PublishedCheck.Quoted> quoted) {
        if (text == null) {
            return List.of();
        }
        List<MarkedText.Span<Passage>> spans = new ArrayList<>();
        for (PublishedCheck.Quoted q : quoted) {
            q.passage()
                    .quote()
                    .locate(text)
                    .ifPresent(at -> spans.add(new MarkedText.Span<>(
                            at.start(),
                            at.end(),
                            new Passage(q.number(), q.passage().stance().toLowerCase(Locale.ROOT)))));
        }
        return MarkedText.of(text, spans);
    }
}
