package com.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class ClaimCardTest {

    private final ClaimCard card = new ClaimCard(1, 0, 0, 20, "Unemployment fell 3%.");

    @Test
    void a_new_card_is_taken_into_research_by_a_reviewer() {
        card.assignTo("rita");

        assertThat(card.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(card.assignee()).isEqualTo("rita");
    }

    @Test
    void a_taken_card_cannot_be_taken_again() {
        card.assignTo("rita");

        assertThatThrownBy(() -> card.assignTo("omar")).isInstanceOf(IllegalClaimMove.class);
        assertThat(card.assignee()).isEqualTo("rita");
    }

    @Test
    void dismissing_needs_a_reason_and_restoring_brings_the_card_back() {
        assertThatThrownBy(() -> card.dismiss(" ", "rita")).isInstanceOf(DomainRuleViolation.class);

        card.dismiss("Opinion, not a fact", "rita");
        assertThat(card.state()).isEqualTo(ClaimState.DISMISSED);
        assertThatThrownBy(() -> card.assignTo("rita")).isInstanceOf(IllegalClaimMove.class);

        card.restore("omar");
        assertThat(card.state()).isEqualTo(ClaimState.NEW);
    }

    @Test
    void only_the_assignee_submits_for_review() {
        card.assignTo("rita");

        assertThatThrownBy(() -> card.submitForReview("omar")).isInstanceOf(DomainRuleViolation.class);
        card.submitForReview("rita");
        assertThat(card.state()).isEqualTo(ClaimState.IN_REVIEW);
    }

    @Test
    void a_card_in_research_cannot_be_published_directly() {
        card.assignTo("rita");

        assertThatThrownBy(() -> card.publish("eddie")).isInstanceOf(IllegalClaimMove.class);
    }

    @Test
    void changes_requested_goes_back_to_research_then_to_review() {
        card.assignTo("rita");
        card.submitForReview("rita");

        assertThatThrownBy(() -> card.requestChanges("eddie", "")).isInstanceOf(DomainRuleViolation.class);
        card.requestChanges("eddie", "Cite the statistics office");
        assertThat(card.state()).isEqualTo(ClaimState.CHANGES_REQUESTED);
        assertThatThrownBy(() -> card.publish("eddie")).isInstanceOf(IllegalClaimMove.class);

        card.resumeResearch("rita");
        card.submitForReview("rita");
        card.publish("eddie");
        assertThat(card.state()).isEqualTo(ClaimState.PUBLISHED);
    }

    @Test
    void a_published_card_goes_back_to_review_for_a_correction_or_is_withdrawn_with_a_notice() {
        card.assignTo("rita");
        card.submitForReview("rita");
        card.publish("eddie");

        card.submitForReview("omar");
        assertThat(card.state()).isEqualTo(ClaimState.IN_REVIEW);
        card.publish("eddie");

        assertThatThrownBy(() -> card.withdraw("eddie", null)).isInstanceOf(DomainRuleViolation.class);
        card.withdraw("eddie", "The quoted report was retracted");
        assertThat(card.state()).isEqualTo(ClaimState.WITHDRAWN);
        assertThatThrownBy(() -> card.restore("eddie")).isInstanceOf(IllegalClaimMove.class);
    }

    @Test
    void rewording_keeps_the_articles_words_and_refuses_a_card_under_review() {
        card.reword("Unemployment fell by three percent.", "rita");

        assertThat(card.summary().text()).isEqualTo("Unemployment fell by three percent.");
        assertThat(card.summary().originalText()).isEqualTo("Unemployment fell 3%.");
        assertThat(card.summary().start()).isZero();
        assertThat(card.summary().end()).isEqualTo(20);

        card.assignTo("rita");
        card.submitForReview("rita");
        assertThatThrownBy(() -> card.reword("Other words.", "rita")).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void splitting_cuts_the_span_in_two_exact_spans() {
        String article = "Prices rose. Wages fell.";
        ClaimCard both = new ClaimCard(1, 0, 0, article.length(), article);

        ClaimCard second = both.splitAfter(13, "rita");

        assertThat(article.substring(both.summary().start(), both.summary().end()))
                .isEqualTo("Prices rose.");
        assertThat(both.summary().text()).isEqualTo("Prices rose.");
        assertThat(article.substring(second.summary().start(), second.summary().end()))
                .isEqualTo("Wages fell.");
        assertThat(second.summary().text()).isEqualTo("Wages fell.");
        assertThat(second.summary().position()).isEqualTo(1);
        assertThatThrownBy(() -> both.splitAfter(0, "rita")).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void merging_takes_in_the_next_card_and_dismisses_it() {
        String article = "Prices rose. Wages fell.";
        ClaimCard first = new ClaimCard(1, 0, 0, 12, "Prices rose.");
        ClaimCard next = new ClaimCard(1, 1, 13, 24, "Wages fell.");

        first.absorb(next, article, "rita");

        assertThat(first.summary().text()).isEqualTo(article);
        assertThat(first.summary().end()).isEqualTo(24);
        assertThat(next.state()).isEqualTo(ClaimState.DISMISSED);
    }

    @Test
    void a_reworded_card_is_neither_split_nor_merged() {
        card.reword("Joblessness dropped.", "rita");

        assertThatThrownBy(() -> card.splitAfter(5, "rita"))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("claim.error.reworded");
    }
}
