package com.claimboard.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text as a public page shows it with some of its spans marked: paragraphs (one per line of the text), each
 * cut into parts, a part inside a span carrying its mark. Spans are taken in order of their start; one that
 * overlaps an earlier one is left unmarked rather than nested. Used by the stored copy (evidence passages) and
 * the annotated article (checked claims).
 */
final class MarkedText {

    private MarkedText() {}

    /** A span of the text, {@code [start, end)}, and what marks it. */
    record Span<T>(int start, int end, T mark) {}

    /**
     * One run of text, with its span's mark (null outside any); {@code first} and {@code last} say the part opens
     * or closes its span (a span crossing lines has a part on each).
     */
    record Part<T>(String text, T mark, boolean first, boolean last) {
        public boolean marked() {
            return mark != null;
        }
    }

    static <T> List<List<Part<T>>> of(String text, List<Span<T>> spans) {
        if (text == null) {
            return List.of();
        }
        List<Span<T>> ordered = new ArrayList<>();
        for (Span<T> span : spans) {
            if (span.start() >= 0 && span.end() <= text.length() && span.start() < span.end()) {
                ordered.add(span);
            }
        }
        ordered.sort(Comparator.comparingInt(Span<T>::start));
        List<Span<T>> kept = new ArrayList<>();
        int reached = 0;
        for (Span<T> span : ordered) {
            if (span.start() >= reached) {
                kept.add(span);
                reached = span.end();
            }
        }
        List<List<Part<T>>> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int lineEnd = lineStart + line.length();
            List<Part<T>> parts = new ArrayList<>();
            int at = lineStart;
            for (Span<T> span : kept) {
                if (span.end() <= lineStart || span.start() >= lineEnd) {
                    continue;
                }
                int from = Math.max(span.start(), lineStart);
                int to = Math.min(span.end(), lineEnd);
                if (from > at) {
                    parts.add(new Part<>(text.substring(at, from), null, false, false));
                }
                parts.add(new Part<>(text.substring(from, to), span.mark(), from == span.start(), to == span.end()));
                at = to;
            }
            if (at < lineEnd) {
                parts.add(new Part<>(text.substring(at, lineEnd), null, false, false));
            }
            paragraphs.add(parts);
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }
}
