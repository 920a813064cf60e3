package com.claimboard.claim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher reading words and meaning together, with the sentence model from its jar, on fixture claims in both
 * languages written for these tests.
 */
class HybridMatcherTest {

    private static final List<CheckedClaim> CHECKED = List.of(
            new CheckedClaim("water", "Drinking hot water every fifteen minutes cures the coronavirus.", ""),
            new CheckedClaim(
                    "tourists",
                    "Emmanuel Macron said France welcomed 100 million foreign tourists in 2023.",
                    "Did France welcome 100 million tourists?"),
            new CheckedClaim(
                    "bridge", "The new bridge cost 3 billion euros to build.", "Did the bridge cost 3 billion?"),
            new CheckedClaim(
                    "loyers", "Les loyers ont doublé en dix ans dans la capitale.", "Les loyers ont-ils doublé ?"),
            new CheckedClaim("wolves", "Wolves attacked 500 hikers in the national park last year.", ""),
            new CheckedClaim("masks", "Wearing a face mask lowers the oxygen in your blood.", ""),
            new CheckedClaim("vote", "Dead people voted by the thousands in the last election.", ""));

    private static MiniLmEncoder encoder;
    private static ClaimMatcher matcher;

    @BeforeAll
    static void load() {
        encoder = new MiniLmEncoder();
        matcher = new ClaimMatcher(CHECKED, encoder);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void the_model_gives_unit_vectors_close_for_close_meanings() {
        float[] a = encoder.encode("Masks reduce the oxygen level in the blood.");
        float[] b = encoder.encode("Wearing a face mask lowers the oxygen in your blood.");
        float[] c = encoder.encode("The new bridge cost 3 billion euros to build.");
        assertThat(a).hasSize(384);
        assertThat(dot(a, a)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(dot(a, b)).isGreaterThan(0.7f).isGreaterThan(dot(a, c) + 0.4f);
    }

    @Test
    void a_claim_in_other_words_is_found_though_it_shares_few_of_them() {
        assertThat(first("Sipping warm liquids kills COVID-19")).isEqualTo("water");
        assertThat(first("Do face coverings starve you of O2? Yes they do")).isEqualTo("masks");
        assertThat(first("Thousands of deceased citizens cast ballots")).isEqualTo("vote");
    }

    @Test
    void a_french_claim_finds_its_english_twin() {
        List<ClaimMatch> matches = matcher.match(
                "Emmanuel Macron a affirmé que la France avait accueilli 100 millions de touristes étrangers en 2023.",
                3);
        assertThat(matches.getFirst().id()).isEqualTo("tourists");
        assertThat(matches.getFirst().similarity()).isGreaterThan(matches.get(1).similarity());
    }

    @Test
    void the_same_claim_is_nearly_identical_and_an_unrelated_one_is_far() {
        ClaimMatch same = matcher.match("Wolves attacked 500 hikers in the national park last year!", 1)
                .getFirst();
        assertThat(same.id()).isEqualTo("wolves");
        assertThat(same.similarity()).isGreaterThan(0.9);
        ClaimMatch unrelated = matcher.match("The price of coffee beans rose sharply in Brazil", 1)
                .getFirst();
        assertThat(unrelated.similarity()).isLessThan(0.5);
    }

    @Test
    void scores_are_in_order_and_empty_queries_match_nothing() {
        List<ClaimMatch> matches = matcher.match("bridge billion euros hikers", 5);
        assertThat(matches).hasSize(5);
        for (int i = 1; i < matches.size(); i++) {
            assertThat(matches.get(i).score())
                    .isLessThanOrEqualTo(matches.get(i - 1).score());
        }
        assertThat(matcher.match("  https://t.co/x ", 5)).isEmpty();
        assertThat(new ClaimMatcher(List.of(), encoder).match("bridge", 5)).isEmpty();
        // A very long card is read on its beginning and does not fail.
        assertThat(matcher.match("wolves ".repeat(3000), 2)).hasSize(2);
    }

    private static float dot(float[] a, float[] b) {
        return Vectors.dots(a, b, 1)[0];
    }

    private static String first(String query) {
        return matcher.match(query, 5).getFirst().id();
    }
}
