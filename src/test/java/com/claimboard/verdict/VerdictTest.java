package com.claimboard.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.Actor;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.TextLimit;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final Actor RITA = Actor.of("rita", "REVIEWER");
    private static final Actor OMAR = Actor.of("omar", "REVIEWER");
    private static final Actor EDDIE = Actor.of("eddie", "EDITOR", "REVIEWER");

    private final Verdict verdict = new Verdict(7, "rita");
    private final VerdictDraft complete = VerdictDraft.of(Rating.FALSE, "The figure is wrong.", "The office says 2%.");

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainRuleViolation violation) {
            return violation.messageKey();
        }
        throw new AssertionError("the action was not refused");
    }

    @Test
    void proposing_without_a_fetched_source_is_refused() {
        verdict.edit(complete, RITA);

        assertThat(refusal(() -> verdict.proposeBy(RITA, 0))).isEqualTo("verdict.error.no-source");
        assertThat(verdict.state()).isEqualTo(VerdictState.DRAFT);
    }

    @Test
    void proposing_needs_rating_summary_and_explanation() {
        verdict.edit(VerdictDraft.of(null, "Summary", "Explanation"), RITA);
        assertThat(refusal(() -> verdict.proposeBy(RITA, 1))).isEqualTo("verdict.error.rating-required");

        verdict.edit(VerdictDraft.of(Rating.TRUE, "  ", "Explanation"), RITA);
        assertThat(refusal(() -> verdict.proposeBy(RITA, 1))).isEqualTo("verdict.error.summary-required");

        verdict.edit(VerdictDraft.of(Rating.TRUE, "Summary", null), RITA);
        assertThat(refusal(() -> verdict.proposeBy(RITA, 1))).isEqualTo("verdict.error.explanation-required");

        assertThat(verdict.state()).isEqualTo(VerdictState.DRAFT);
        verdict.edit(VerdictDraft.of(Rating.TRUE, "Summary", "Explanation"), RITA);
        verdict.proposeBy(RITA, 1);
        assertThat(verdict.state()).isEqualTo(VerdictState.PROPOSED);
    }

    @Test
    void a_summary_at_280_characters_is_kept_and_one_over_is_refused_leaving_the_saved_one() {
        verdict.edit(VerdictDraft.of(Rating.TRUE, "x".repeat(279), "e"), RITA);
        verdict.edit(VerdictDraft.of(Rating.TRUE, "x".repeat(280), "e"), RITA);
        assertThat(verdict.summary(RITA).summary()).hasSize(280);

        assertThatThrownBy(() -> verdict.edit(VerdictDraft.of(Rating.FALSE, "y".repeat(281), "other"), RITA))
                .isInstanceOf(TextLimit.TooLong.class)
                .satisfies(e -> assertThat(((TextLimit.TooLong) e).limit()).isEqualTo(VerdictLimits.SUMMARY));
        VerdictSummary kept = verdict.summary(RITA);
        assertThat(kept.summary()).isEqualTo("x".repeat(280));
        assertThat(kept.rating()).isEqualTo(Rating.TRUE.name());
        assertThat(kept.explanation()).isEqualTo("e");
    }

    @Test
    void an_explanation_and_a_review_comment_over_their_limits_are_refused() {
        assertThatThrownBy(() -> verdict.edit(
                        VerdictDraft.of(Rating.TRUE, "s", "e".repeat(VerdictLimits.EXPLANATION.max() + 1)), RITA))
                .isInstanceOf(TextLimit.TooLong.class);
        verdict.edit(VerdictDraft.of(Rating.TRUE, "s", "e".repeat(VerdictLimits.EXPLANATION.max())), RITA);
        verdict.proposeBy(RITA, 1);

        assertThatThrownBy(() -> verdict.requestChangesBy(EDDIE, "c".repeat(VerdictLimits.REVIEW_COMMENT.max() + 1)))
                .isInstanceOf(TextLimit.TooLong.class);
        assertThat(verdict.state()).isEqualTo(VerdictState.PROPOSED);
        verdict.requestChangesBy(EDDIE, "c".repeat(VerdictLimits.REVIEW_COMMENT.max()));
        assertThat(verdict.state()).isEqualTo(VerdictState.CHANGES_REQUESTED);
    }

    @Test
    void only_the_author_edits_and_proposes() {
        assertThat(refusal(() -> verdict.edit(complete, OMAR))).isEqualTo("verdict.error.not-author");
        verdict.edit(complete, RITA);
        assertThat(refusal(() -> verdict.proposeBy(OMAR, 1))).isEqualTo("verdict.error.not-author");
        assertThat(verdict.allowedActions(RITA)).containsExactlyInAnyOrder(VerdictAction.EDIT, VerdictAction.PROPOSE);
        assertThat(verdict.allowedActions(OMAR)).isEmpty();
    }

    @Test
    void editor_cannot_approve_own_verdict() {
        Verdict own = new Verdict(7, "eddie");
        own.edit(complete, EDDIE);
        own.proposeBy(EDDIE, 1);

        assertThat(refusal(() -> own.approveBy(EDDIE))).isEqualTo("review.error.own-verdict");
        assertThat(own.allowedActions(EDDIE)).isEmpty();
        assertThat(own.state()).isEqualTo(VerdictState.PROPOSED);
    }

    @Test
    void another_editor_approves_a_proposed_verdict_once() {
        verdict.edit(complete, RITA);
        assertThat(refusal(() -> verdict.approveBy(EDDIE))).isEqualTo("review.error.not-proposed");
        verdict.proposeBy(RITA, 1);
        assertThat(verdict.allowedActions(EDDIE))
                .containsExactlyInAnyOrder(VerdictAction.APPROVE, VerdictAction.REQUEST_CHANGES);
        assertThat(verdict.allowedActions(OMAR))
                .as("a reviewer does not decide")
                .isEmpty();

        verdict.approveBy(EDDIE);

        assertThat(verdict.state()).isEqualTo(VerdictState.APPROVED);
        assertThat(verdict.summary(EDDIE).reviewer()).isEqualTo("eddie");
        assertThat(refusal(() -> verdict.approveBy(EDDIE))).isEqualTo("review.error.not-proposed");
        assertThat(refusal(() -> verdict.edit(complete, RITA))).isEqualTo("verdict.error.not-editable");
    }

    @Test
    void changes_are_requested_with_a_comment_and_the_author_can_edit_again() {
        verdict.edit(complete, RITA);
        verdict.proposeBy(RITA, 1);

        assertThat(refusal(() -> verdict.requestChangesBy(EDDIE, "  "))).isEqualTo("review.error.comment-required");
        verdict.requestChangesBy(EDDIE, "Name the source of the 2%.");

        assertThat(verdict.summary(RITA).reviewComment()).isEqualTo("Name the source of the 2%.");
        verdict.edit(VerdictDraft.of(Rating.FALSE, "Wrong figure.", "INSEE says 2%."), RITA);
        verdict.proposeBy(RITA, 1);
        assertThat(verdict.state()).isEqualTo(VerdictState.PROPOSED);
    }
}
