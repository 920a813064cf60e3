package com.claimboard.publishing;

import com.claimboard.shared.text.TextQuote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A stored copy as the public page shows it: paragraphs (one per line of the text), each cut into parts, the
 * parts inside a quoted passage marked with its number, so that {@code #passage-N} lands on it. A passage whose
 * words are no longer in the copy is not marked (the fact-check page still quotes it).
 */
final class SnapshotParagraphs {

    private SnapshotParagraphs() {}

    /**
     * One run of text. {@code number} is the passage's number on the page, 0 outside any; {@code first} says the
     * part opens its passage (it carries the anchor).
     */
    record Part(String text, int number, String stance, boolean first) {}

    static List<List<Part>> of(String text, List<PublishedCheck.Quoted> quoted) {
        if (text == null) {
            return List.of();
        }
        record Located(int start, int end, int number, String stance) {}
        List<Located> found = new ArrayList<>();
        for (PublishedCheck.Quoted q : quoted) {
            TextQuote quote = q.passage().quote();
            quote.locate(text)
                    .ifPresent(at -> found.add(new Located(
                            at.start(),
                            at.end(),
                            q.number(),
                            q.passage().stance().toLowerCase(Locale.ROOT))));
        }
        found.sort(Comparator.comparingInt(Located::start));
        List<List<Part>> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int lineEnd = lineStart + line.length();
            List<Part> parts = new ArrayList<>();
            int at = lineStart;
            for (Located passage : found) {
                if (passage.end() <= lineStart || passage.start() >= lineEnd || passage.start() < at) {
                    continue;
                }
                int from = Math.max(passage.start(), lineStart);
                int to = Math.min(passage.end(), lineEnd);
                if (from > at) {
                    parts.add(new Part(text.substring(at, from), 0, null, false));
                }
                parts.add(new Part(
                        text.substring(from, to), passage.number(), passage.stance(), from == passage.start()));
                at = to;
            }
            if (at < lineEnd) {
                parts.add(new Part(text.substring(at, lineEnd), 0, null, false));
            }
            paragraphs.add(parts);
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }
}
