package com.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.Actor;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.TextLimit;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ClaimCardTest {

    private static final Actor RITA = Actor.of("rita", "REVIEWER");
    private static final Actor OMAR = Actor.of("omar", "REVIEWER");
    private static final Actor EDDIE = Actor.of("eddie", "EDITOR", "REVIEWER");
    private static final Actor ADA = Actor.of("ada", "ADMIN");

    private final ClaimCard card = new ClaimCard(1, 0, 0, 20, "Unemployment fell 3%.");

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainRuleViolation violation) {
            return violation.messageKey();
        }
        throw new AssertionError("the action was not refused");
    }

    @Test
    void a_new_card_is_taken_into_research_by_a_reviewer() {
        card.assignTo(RITA);

        assertThat(card.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(card.assignee()).isEqualTo("rita");
    }

    @Test
    void a_taken_card_cannot_be_taken_again_and_says_someone_has_it() {
        card.assignTo(RITA);

        assertThat(refusal(() -> card.assignTo(OMAR))).isEqualTo("claim.refused.taken");
        assertThat(card.assignee()).isEqualTo("rita");
    }

    @Test
    void a_new_card_offers_a_reviewer_take_dismiss_reword_split_merge_and_describe() {
        assertThat(card.allowedActions(RITA))
                .containsExactlyInAnyOrder(
                        ClaimAction.TAKE,
                        ClaimAction.DISMISS,
                        ClaimAction.REWORD,
                        ClaimAction.SPLIT,
                        ClaimAction.MERGE,
                        ClaimAction.DESCRIBE,
                        ClaimAction.CLOSE_AS_CHECKED);
        assertThat(card.allowedActions(ADA)).as("an admin is not a reviewer").isEmpty();
    }

    @Test
    void the_claimant_a_reviewer_confirms_replaces_the_suggestion_and_a_claimant_needs_a_kind() {
        card.assignTo(RITA);
        card.describe(
                new ClaimOrigin(
                        "  Ministère de la Santé ",
                        ClaimantKind.ORGANIZATION,
                        java.time.LocalDate.of(2026, 3, 1),
                        null),
                RITA);

        ClaimOrigin origin = card.summary(RITA).origin();
        assertThat(origin.claimant()).isEqualTo("Ministère de la Santé");
        assertThat(origin.kind()).isEqualTo(ClaimantKind.ORGANIZATION);
        assertThat(origin.madeOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(refusal(() -> card.describe(new ClaimOrigin("X", null, null, null), RITA)))
                .isEqualTo("claim.error.claimant-kind");
        assertThat(refusal(() -> card.describe(
                        new ClaimOrigin(null, null, java.time.LocalDate.now().plusDays(3), null), RITA)))
                .isEqualTo("claim.error.made-in-future");
        assertThat(refusal(
                        () -> card.describe(new ClaimOrigin("N".repeat(301), ClaimantKind.PERSON, null, null), RITA)))
                .isEqualTo("error.too-long");
        assertThat(refusal(() -> card.describe(ClaimOrigin.UNKNOWN, OMAR))).isEqualTo("claim.refused.not-assignee");
        card.describe(new ClaimOrigin(" ", ClaimantKind.PERSON, null, null), RITA);
        assertThat(card.summary(RITA).origin().claimantConfirmed())
                .as("cleared: nobody named")
                .isFalse();
    }

    @Test
    void a_dismissed_card_offers_only_restore_and_refuses_a_reword() {
        card.dismiss("Opinion, not a fact", RITA);

        assertThat(card.allowedActions(OMAR)).containsExactly(ClaimAction.RESTORE);
        assertThat(refusal(() -> card.reword("Other words.", OMAR))).isEqualTo("claim.refused.not-editable");
    }

    @Test
    void a_card_in_research_is_the_assignees_to_research_and_propose() {
        card.assignTo(RITA);

        assertThat(card.allowedActions(RITA))
                .containsExactlyInAnyOrder(
                        ClaimAction.RESEARCH,
                        ClaimAction.PROPOSE,
                        ClaimAction.REWORD,
                        ClaimAction.DESCRIBE,
                        ClaimAction.RELEASE,
                        ClaimAction.CLOSE_AS_CHECKED);
        assertThat(card.allowedActions(OMAR)).isEmpty();
        assertThat(card.allowedActions(EDDIE))
                .as("an editor may reword it, say who made it, give it to someone else, take it back or close it as"
                        + " already checked")
                .containsExactlyInAnyOrder(
                        ClaimAction.REWORD,
                        ClaimAction.DESCRIBE,
                        ClaimAction.ASSIGN,
                        ClaimAction.RELEASE,
                        ClaimAction.CLOSE_AS_CHECKED);
        assertThat(refusal(() -> card.submitForReview(OMAR))).isEqualTo("claim.refused.not-assignee");
    }

    @Test
    void an_editor_assigns_a_new_card_with_a_due_date_and_reassigns_it_reviewers_may_not() {
        java.time.LocalDate friday = java.time.LocalDate.of(2026, 12, 4);
        assertThat(refusal(() -> card.assign("omar", friday, RITA))).isEqualTo("error.access-denied");

        card.assign("omar", friday, EDDIE);
        assertThat(card.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(card.assignee()).isEqualTo("omar");
        assertThat(card.summary(OMAR).dueOn()).isEqualTo(friday);
        assertThat(card.summary(OMAR).allows(ClaimAction.RESEARCH)).isTrue();

        card.assign("rita", null, EDDIE);
        assertThat(card.assignee()).isEqualTo("rita");
        assertThat(card.summary(RITA).dueOn()).as("the due date cleared").isNull();
        assertThat(card.summary(OMAR).allows(ClaimAction.RESEARCH)).isFalse();
    }

    @Test
    void a_released_card_keeps_its_state_and_is_free_for_anyone_to_take() {
        card.assignTo(RITA);
        assertThat(refusal(() -> card.release(OMAR))).isEqualTo("claim.refused.not-assignee");

        card.release(RITA);
        assertThat(card.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(card.assignee()).isNull();
        assertThat(card.allowedActions(OMAR)).contains(ClaimAction.TAKE).doesNotContain(ClaimAction.RESEARCH);

        card.assignTo(OMAR);
        assertThat(card.state()).isEqualTo(ClaimState.IN_RESEARCH);
        assertThat(card.assignee()).isEqualTo("omar");
        assertThat(refusal(() -> card.release(RITA))).isEqualTo("claim.refused.not-assignee");
    }

    @Test
    void a_card_past_its_due_date_is_overdue_until_it_is_done() {
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 30);
        card.assign("rita", monday, EDDIE);
        assertThat(card.summary(RITA).overdue(monday)).isFalse();
        assertThat(card.summary(RITA).overdue(monday.plusDays(1))).isTrue();
        card.submitForReview(RITA);
        card.publish(EDDIE);
        assertThat(card.summary(RITA).overdue(monday.plusDays(1)))
                .as("published: done")
                .isFalse();
    }

    @Test
    void a_card_under_review_offers_editors_to_publish_or_send_back_and_reviewers_nothing() {
        card.assignTo(RITA);
        card.submitForReview(RITA);

        assertThat(card.allowedActions(EDDIE))
                .containsExactlyInAnyOrder(ClaimAction.PUBLISH, ClaimAction.REQUEST_CHANGES);
        assertThat(card.allowedActions(RITA)).isEmpty();
        assertThat(refusal(() -> card.publish(RITA))).isEqualTo("error.access-denied");
    }

    @Test
    void dismissing_needs_a_reason_within_its_limit_and_restoring_brings_the_card_back() {
        assertThat(refusal(() -> card.dismiss(" ", RITA))).isEqualTo("claim.error.dismiss-reason");
        assertThatThrownBy(() -> card.dismiss("x".repeat(1_001), RITA)).isInstanceOf(TextLimit.TooLong.class);
        assertThat(card.state()).isEqualTo(ClaimState.NEW);

        card.dismiss("x".repeat(1_000), RITA);
        assertThat(card.state()).isEqualTo(ClaimState.DISMISSED);
        assertThat(refusal(() -> card.assignTo(RITA))).isEqualTo("claim.refused.moved");

        card.restore(OMAR);
        assertThat(card.state()).isEqualTo(ClaimState.NEW);
    }

    @Test
    void a_card_in_research_cannot_be_published_directly() {
        card.assignTo(RITA);

        assertThat(refusal(() -> card.publish(EDDIE))).isEqualTo("claim.refused.moved");
    }

    @Test
    void changes_requested_goes_back_to_research_then_to_review() {
        card.assignTo(RITA);
        card.submitForReview(RITA);

        assertThat(refusal(() -> card.requestChanges(EDDIE, ""))).isEqualTo("review.error.comment-required");
        card.requestChanges(EDDIE, "Cite the statistics office");
        assertThat(card.state()).isEqualTo(ClaimState.CHANGES_REQUESTED);
        assertThat(refusal(() -> card.publish(EDDIE))).isEqualTo("claim.refused.moved");
        assertThat(card.allowedActions(RITA)).contains(ClaimAction.RESUME, ClaimAction.RESEARCH);

        card.resumeResearch(RITA);
        card.submitForReview(RITA);
        card.publish(EDDIE);
        assertThat(card.state()).isEqualTo(ClaimState.PUBLISHED);
    }

    @Test
    void a_published_card_goes_back_to_review_for_a_correction_or_is_withdrawn_with_a_notice() {
        card.assignTo(RITA);
        card.submitForReview(RITA);
        card.publish(EDDIE);

        card.submitForReview(OMAR);
        assertThat(card.state()).isEqualTo(ClaimState.IN_REVIEW);
        card.publish(EDDIE);

        assertThat(refusal(() -> card.withdraw(EDDIE, null))).isEqualTo("claim.error.withdraw-notice");
        card.withdraw(EDDIE, "The quoted report was retracted");
        assertThat(card.state()).isEqualTo(ClaimState.WITHDRAWN);
        assertThat(refusal(() -> card.restore(EDDIE))).isEqualTo("claim.refused.moved");
    }

    @Test
    void rewording_keeps_the_articles_words_and_refuses_a_card_under_review() {
        card.reword("Unemployment fell by three percent.", RITA);

        ClaimSummary reworded = card.summary(RITA);
        assertThat(reworded.text()).isEqualTo("Unemployment fell by three percent.");
        assertThat(reworded.originalText()).isEqualTo("Unemployment fell 3%.");
        assertThat(reworded.start()).isZero();
        assertThat(reworded.end()).isEqualTo(20);

        card.assignTo(RITA);
        card.submitForReview(RITA);
        assertThat(refusal(() -> card.reword("Other words.", RITA))).isEqualTo("claim.refused.not-editable");
    }

    @Test
    void a_rewording_at_the_limit_is_kept_and_one_over_it_is_refused_leaving_the_words_as_they_were() {
        card.reword("y".repeat(ClaimLimits.TEXT.max()), RITA);
        assertThat(card.summary(RITA).text()).hasSize(ClaimLimits.TEXT.max());

        assertThatThrownBy(() -> card.reword("z".repeat(ClaimLimits.TEXT.max() + 1), RITA))
                .isInstanceOf(TextLimit.TooLong.class)
                .satisfies(e -> assertThat(((TextLimit.TooLong) e).length()).isEqualTo(ClaimLimits.TEXT.max() + 1));
        assertThat(card.summary(RITA).text()).isEqualTo("y".repeat(ClaimLimits.TEXT.max()));
    }

    @Test
    void splitting_cuts_the_span_in_two_exact_spans() {
        String article = "Prices rose. Wages fell.";
        ClaimCard both = new ClaimCard(1, 0, 0, article.length(), article);

        ClaimCard second = both.splitAfter(13, RITA);

        ClaimSummary first = both.summary(RITA);
        ClaimSummary rest = second.summary(RITA);
        assertThat(article.substring(first.start(), first.end())).isEqualTo("Prices rose.");
        assertThat(first.text()).isEqualTo("Prices rose.");
        assertThat(article.substring(rest.start(), rest.end())).isEqualTo("Wages fell.");
        assertThat(rest.text()).isEqualTo("Wages fell.");
        assertThat(rest.position()).isEqualTo(1);
        assertThat(refusal(() -> both.splitAfter(0, RITA))).isEqualTo("claim.error.split-point");
    }

    @Test
    void merging_takes_in_the_next_card_and_dismisses_it() {
        String article = "Prices rose. Wages fell.";
        ClaimCard first = new ClaimCard(1, 0, 0, 12, "Prices rose.");
        ClaimCard next = new ClaimCard(1, 1, 13, 24, "Wages fell.");

        first.absorb(next, article, RITA);

        assertThat(first.summary(RITA).text()).isEqualTo(article);
        assertThat(first.summary(RITA).end()).isEqualTo(24);
        assertThat(next.state()).isEqualTo(ClaimState.DISMISSED);
    }

    @Test
    void a_merge_that_would_pass_the_cards_limit_is_refused_and_leaves_both_cards() {
        String article = "a".repeat(15_000) + " " + "b".repeat(15_000);
        ClaimCard first = new ClaimCard(1, 0, 0, 15_000, "a".repeat(15_000));
        ClaimCard next = new ClaimCard(1, 1, 15_001, 30_001, "b".repeat(15_000));

        assertThatThrownBy(() -> first.absorb(next, article, RITA)).isInstanceOf(TextLimit.TooLong.class);

        assertThat(first.summary(RITA).end()).isEqualTo(15_000);
        assertThat(next.state()).isEqualTo(ClaimState.NEW);
    }

    @Test
    void a_reworded_card_is_neither_split_nor_merged() {
        card.reword("Joblessness dropped.", RITA);

        assertThat(refusal(() -> card.splitAfter(5, RITA))).isEqualTo("claim.refused.reworded");
        assertThat(card.allowedActions(RITA)).doesNotContain(ClaimAction.SPLIT, ClaimAction.MERGE);
    }

    @Test
    void an_edit_of_a_card_seen_at_an_older_version_is_refused_as_stale() {
        assertThatThrownBy(() -> card.checkVersion(card.version() + 1, ClaimAction.TAKE))
                .isInstanceOf(StaleClaim.class)
                .extracting(e -> ((StaleClaim) e).messageKey())
                .isEqualTo("claim.stale.take");
        card.checkVersion(card.version(), ClaimAction.TAKE);
        assertThat(EnumSet.allOf(ClaimAction.class)).contains(ClaimAction.MERGED_INTO);
    }
}
