package com.claimboard.publishing;

import com.claimboard.shared.WebAddresses;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article on the public site: its text, and the claims in it whose fact-checks stand. */
record AnnotatedArticle(
        long id,
        String title,
        String url,
        String outlet,
        LocalDate publishedOn,
        String lang,
        String body,
        List<Mark> marks,
        boolean gone,
        Instant lastChanged) {

    /** A checked claim in the text, {@code [start, end)}, and its fact-check. */
    record Mark(int start, int end, PublishedCheck check) {}

    /** The paragraphs, each cut into parts, the parts of a checked claim carrying its fact-check. */
    List<List<MarkedText.Part<PublishedCheck>>> paragraphs() {
        return MarkedText.of(
                body,
                marks.stream()
                        .map(mark -> new MarkedText.Span<>(mark.start(), mark.end(), mark.check()))
                        .toList());
    }

    public String href() {
        return WebAddresses.href(url).orElse(null);
    }
}
