package com.claimboard.claim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexical matcher on fixture claims in both languages, written for these tests. */
class ClaimMatcherTest {

    private static final List<CheckedClaim> CHECKED = List.of(
            new CheckedClaim(
                    "bridge", "The new bridge cost 3 billion euros to build.", "Did the bridge cost 3 billion?"),
            new CheckedClaim(
                    "vaccine", "The flu vaccine causes the flu in one person out of ten.", "Flu shots and the flu"),
            new CheckedClaim(
                    "loyers", "Les loyers ont doublé en dix ans dans la capitale.", "Les loyers ont-ils doublé ?"),
            new CheckedClaim(
                    "chomage",
                    "Le chômage des jeunes a reculé de neuf points en 2025.",
                    "Chômage des jeunes : -9 points ?"),
            new CheckedClaim("wolves", "Wolves attacked 500 hikers in the national park last year.", ""));

    private final ClaimMatcher matcher = new ClaimMatcher(CHECKED);

    @Test
    void a_rephrased_claim_finds_the_one_already_checked_first() {
        assertThat(ids("Building the bridge cost three billion euros, the mayor says"))
                .first()
                .isEqualTo("bridge");
        assertThat(ids("Getting a flu shot gives you the flu, one in ten people"))
                .first()
                .isEqualTo("vaccine");
        assertThat(ids("Dans la capitale, le loyer a doublé depuis dix ans"))
                .first()
                .isEqualTo("loyers");
        // Accents folded and stems shared: "chomage", "jeunes", "reculer".
        assertThat(ids("le chomage des jeunes recule de 9 points")).first().isEqualTo("chomage");
    }

    @Test
    void links_handles_and_tags_are_read_as_words_or_dropped() {
        assertThat(ids("#Wolves attacked hikers! https://t.co/abc123 pic.twitter.com/xyz @parkservice"))
                .first()
                .isEqualTo("wolves");
        assertThat(ids("https://t.co/bridge-cost-billion")).isEmpty();
    }

    @Test
    void a_query_without_words_matches_nothing_and_counts_are_kept() {
        assertThat(matcher.match("", 5)).isEmpty();
        assertThat(matcher.match("   !!! ...", 5)).isEmpty();
        assertThat(matcher.match(null, 5)).isEmpty();
        assertThat(matcher.match("the bridge", 0)).isEmpty();
        assertThat(matcher.match("bridge flu loyers chomage wolves", 3)).hasSize(3);
        assertThat(matcher.size()).isEqualTo(5);
        assertThat(new ClaimMatcher(List.of()).match("bridge", 5)).isEmpty();
        // A very long card is read on its first words and does not fail.
        assertThat(matcher.match("bridge ".repeat(5000) + "billion", 5)).isNotEmpty();
    }

    @Test
    void scores_are_in_order_best_first() {
        List<ClaimMatch> matches = matcher.match("bridge billion euros flu", 5);
        for (int i = 1; i < matches.size(); i++) {
            assertThat(matches.get(i).score())
                    .isLessThanOrEqualTo(matches.get(i - 1).score());
        }
    }

    private List<String> ids(String query) {
        return matcher.match(query, 5).stream().map(ClaimMatch::id).toList();
    }
}
