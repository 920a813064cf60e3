package com.claimboard.claim.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What must hold for any text: cards in order, not overlapping, each its exact span, covering all non-blank text. */
final class SpanProperties {

    private SpanProperties() {}

    static void check(String text, List<ClaimCandidate> cards) {
        int previousEnd = 0;
        StringBuilder covered = new StringBuilder();
        for (ClaimCandidate card : cards) {
            assertThat(card.start()).as("in order, no overlap").isGreaterThanOrEqualTo(previousEnd);
            assertThat(card.end()).as("not empty").isGreaterThan(card.start());
            assertThat(text.substring(card.start(), card.end()))
                    .as("exact span")
                    .isEqualTo(card.text());
            assertThat(text.substring(previousEnd, card.start()))
                    .as("only blanks between")
                    .isBlank();
            assertThat(card.checkworthiness()).isBetween(0.0, 1.0);
            covered.append(card.text());
            previousEnd = card.end();
        }
        assertThat(text.substring(previousEnd)).as("only blanks after").isBlank();
        assertThat(covered.toString().replaceAll("\\s+", ""))
                .as("all non-blank text covered")
                .isEqualTo(text.replaceAll("\\s+", ""));
    }
}
