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
}
