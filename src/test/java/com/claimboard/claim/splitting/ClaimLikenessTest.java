package com.claimboard.claim.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.matching.MiniLmEncoder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The likeness to example claims, with the real sentence model (no stand-in: the point is what it reads). */
class ClaimLikenessTest {

    private static MiniLmEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new MiniLmEncoder();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void a_sentence_of_fact_is_nearer_the_claims_than_thanks_or_a_promise() {
        ClaimLikeness likeness = new ClaimLikeness(encoder);

        double fact = likeness.of("The city's murder rate doubled in five years.");
        double thanks = likeness.of("Thanks so much, it was lovely to see all of you here.");
        double promise = likeness.of("Together we are going to build a brighter future for our children.");

        assertThat(fact).isGreaterThan(ClaimLikeness.CLAIM_LIKE);
        assertThat(thanks).isLessThan(0);
        assertThat(promise).isLessThan(fact);
    }

    @Test
    void english_cards_say_when_they_read_like_a_claim_and_rank_above_the_same_cues_without_it() {
        String text = "The hospital turned away 1,200 patients last winter, the regional audit found."
                + " We all hope for better days, and we thank the staff for their work.";
        ClaimSplitter byMeaning = new ClaimSplitter(encoder);

        List<ClaimCandidate> cards = byMeaning.split(text, "en");

        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).reasons()).contains(CheckworthinessReason.CLAIM_LIKE);
        assertThat(cards.get(1).reasons()).doesNotContain(CheckworthinessReason.CLAIM_LIKE);
        assertThat(cards.get(0).checkworthiness()).isGreaterThan(cards.get(1).checkworthiness());
        List<ClaimCandidate> byWords = new ClaimSplitter().split(text, "en");
        assertThat(cards.get(0).checkworthiness() - cards.get(1).checkworthiness())
                .as("the meaning widens the gap the words alone open")
                .isGreaterThan(byWords.get(0).checkworthiness() - byWords.get(1).checkworthiness());
    }

    @Test
    void french_cards_are_scored_by_their_words_alone_the_model_reading_english() {
        String text = "L'hôpital a refusé 1 200 patients l'hiver dernier, selon l'audit régional."
                + " Nous espérons tous des jours meilleurs et remercions le personnel.";

        List<ClaimCandidate> withModel = new ClaimSplitter(encoder).split(text, "fr");
        List<ClaimCandidate> withoutModel = new ClaimSplitter().split(text, "fr");

        assertThat(withModel).usingRecursiveFieldByFieldElementComparator().isEqualTo(withoutModel);
        assertThat(withModel)
                .allSatisfy(card -> assertThat(card.reasons()).doesNotContain(CheckworthinessReason.CLAIM_LIKE));
    }

    @Test
    void when_the_model_cannot_run_cards_are_still_made_and_scored_by_their_words() {
        // The model's native library missing or broken on a host: the one failure no real model can be made to show.
        ClaimSplitter broken = new ClaimSplitter(text -> {
            throw new IllegalStateException("the sentence model failed on a text");
        });
        String text = "The hospital turned away 1,200 patients last winter. We thank the staff for their work.";

        assertThat(broken.split(text, "en"))
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(new ClaimSplitter().split(text, "en"));
    }

    @Test
    void the_examples_are_our_own_sentences_and_as_many_on_each_side() {
        List<String> claims = ClaimLikeness.lines("claim-like-en.txt");
        List<String> others = ClaimLikeness.lines("not-claim-like-en.txt");

        assertThat(claims).hasSizeGreaterThanOrEqualTo(50).hasSameSizeAs(others).doesNotHaveDuplicates();
        assertThat(others).doesNotHaveDuplicates().doesNotContainAnyElementsOf(claims);
    }
}
