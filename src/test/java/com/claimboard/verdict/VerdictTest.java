package com.claimboard.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private final Verdict verdict = new Verdict(7, "rita");
    private final VerdictDraft complete = new VerdictDraft(Rating.FALSE, "The figure is wrong.", "The office says 2%.");

    @Test
    void proposing_without_a_fetched_source_is_refused() {
        verdict.edit(complete, "rita");

        assertThatThrownBy(() -> verdict.proposeBy("rita", 0))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("verdict.error.no-source");
        assertThat(verdict.state()).isEqualTo(VerdictState.DRAFT);
    }

    @Test
    void proposing_needs_rating_summary_and_explanation() {
        verdict.edit(new VerdictDraft(null, "Summary", "Explanation"), "rita");

        assertThatThrownBy(() -> verdict.proposeBy("rita", 1))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("verdict.error.rating-required");
    }

    @Test
    void a_summary_over_280_characters_is_refused() {
        assertThatThrownBy(() -> verdict.edit(new VerdictDraft(Rating.TRUE, "x".repeat(281), "e"), "rita"))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("verdict.error.summary-too-long");
        verdict.edit(new VerdictDraft(Rating.TRUE, "x".repeat(280), "e"), "rita");
    }

    @Test
    void only_the_author_edits_and_proposes() {
        assertThatThrownBy(() -> verdict.edit(complete, "omar")).isInstanceOf(DomainRuleViolation.class);
        verdict.edit(complete, "rita");
        assertThatThrownBy(() -> verdict.proposeBy("omar", 1)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void editor_cannot_approve_own_verdict() {
        Verdict own = new Verdict(7, "eddie");
        own.edit(complete, "eddie");
        own.proposeBy("eddie", 1);

        assertThatThrownBy(() -> own.approveBy("eddie"))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("review.error.own-verdict");
        assertThat(own.state()).isEqualTo(VerdictState.PROPOSED);
    }

    @Test
    void another_editor_approves_a_proposed_verdict_once() {
        verdict.edit(complete, "rita");
        assertThatThrownBy(() -> verdict.approveBy("eddie")).isInstanceOf(DomainRuleViolation.class);
        verdict.proposeBy("rita", 1);

        verdict.approveBy("eddie");

        assertThat(verdict.state()).isEqualTo(VerdictState.APPROVED);
        assertThat(verdict.summary().reviewer()).isEqualTo("eddie");
        assertThatThrownBy(() -> verdict.approveBy("eddie")).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> verdict.edit(complete, "rita")).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void changes_are_requested_with_a_comment_and_the_author_can_edit_again() {
        verdict.edit(complete, "rita");
        verdict.proposeBy("rita", 1);

        assertThatThrownBy(() -> verdict.requestChangesBy("eddie", "  ")).isInstanceOf(DomainRuleViolation.class);
        verdict.requestChangesBy("eddie", "Name the source of the 2%.");

        assertThat(verdict.summary().reviewComment()).isEqualTo("Name the source of the 2%.");
        verdict.edit(new VerdictDraft(Rating.FALSE, "Wrong figure.", "INSEE says 2%."), "rita");
        verdict.proposeBy("rita", 1);
        assertThat(verdict.state()).isEqualTo(VerdictState.PROPOSED);
    }
}
