package com.claimboard.verdict.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.KaribuTest;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimViewTest extends KaribuTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Test
    void a_reviewer_takes_a_card_and_cannot_propose_without_a_source() {
        ClaimSummary card = workflow.card("Crime fell by 20 percent in the city last year.");
        signIn("omar", "REVIEWER");
        navigate("app/claims/" + card.id());

        _click(_get(Button.class, spec -> spec.withId("claim-take")));
        assertThat(_get(Span.class, spec -> spec.withId("claim-state")).getText())
                .isEqualTo("In research");
        VerdictSection verdict = _get(ClaimView.class).verdictSection;
        verdict.rating.setValue(Rating.FALSE.name());
        verdict.summary.setValue("Crime rose by 3 percent.");
        verdict.explanation.setValue("Police statistics for the year.");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("verdict-propose")));

        NotificationsKt.expectNotifications(
                "Draft saved.", "Attach at least one source, and wait until it is stored, before proposing.");
        assertThat(verdict.summary.getValue()).isEqualTo("Crime rose by 3 percent.");
        assertThat(_get(Span.class, spec -> spec.withId("claim-state")).getText())
                .isEqualTo("In research");
    }

    @Test
    void an_editor_sees_approve_on_another_reviewers_proposal_and_approving_publishes() {
        VerdictSummary proposed = workflow.proposed(
                "The new line carries 90,000 riders a day.", Rating.HALF_TRUE, "About 60,000 on weekdays.");
        signIn("eddie", "EDITOR", "REVIEWER");
        navigate("app/claims/" + proposed.claimId());

        _click(_get(Button.class, spec -> spec.withId("review-approve")));
        assertThat(_get(com.vaadin.flow.component.html.IFrame.class, spec -> spec.withId("publish-preview-page"))
                        .getSrc())
                .as("the public page as it will appear, before anything is published")
                .isEqualTo("/app/preview/claims/" + proposed.claimId());
        assertThat(_get(Span.class, spec -> spec.withId("claim-state")).getText())
                .isEqualTo("In review");
        _click(_get(Button.class, spec -> spec.withId("review-confirm-publish")));

        assertThat(_get(Span.class, spec -> spec.withId("claim-state")).getText())
                .isEqualTo("Published");
        assertThat(_find(Button.class, spec -> spec.withId("review-approve"))).isEmpty();
    }

    @Test
    void an_editor_is_not_offered_to_approve_their_own_verdict() {
        VerdictSummary proposed =
                workflow.proposed("Rents doubled in ten years.", Rating.MOSTLY_TRUE, "They rose 90%.");
        signIn("rita", "EDITOR", "REVIEWER"); // rita wrote it; even as an editor she may not approve it
        navigate("app/claims/" + proposed.claimId());

        assertThat(_find(Button.class, spec -> spec.withId("review-approve"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-own-verdict"))
                        .getText())
                .contains("another editor");
    }

    @Test
    void a_reviewer_cannot_open_the_review_queue() {
        signIn("omar", "REVIEWER");

        navigate("app/review");

        assertThat(_find(ReviewQueueView.class)).isEmpty();
        assertThat(_get(com.claimboard.shared.ui.AccessDeniedView.class)
                        .getElement()
                        .getTextRecursively())
                .contains("Not allowed");
    }

    @Test
    void an_editor_requests_changes_and_the_reviewer_sees_the_comment() {
        VerdictSummary proposed = workflow.proposed("The tax cut paid for itself.", Rating.FALSE, "Revenue fell.");
        signIn("eddie", "EDITOR", "REVIEWER");
        navigate("app/claims/" + proposed.claimId());
        _get(ClaimView.class).reviewSection.comment.setValue("Add the budget office's estimate.");
        _click(_get(Button.class, spec -> spec.withId("review-request-changes")));
        assertThat(_get(Span.class, spec -> spec.withId("claim-state")).getText())
                .isEqualTo("Changes requested");

        signIn("rita", "REVIEWER");
        navigate("app/claims/" + proposed.claimId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("changes-requested-comment"))
                        .getText())
                .contains("Add the budget office's estimate.");
        assertThat(_find(Button.class, spec -> spec.withId("verdict-propose"))).hasSize(1);
    }

    @Test
    void a_stale_save_keeps_the_reviewers_text_and_the_next_save_wins() {
        ClaimSummary card = workflow.card("Bus fares went up 30 percent.");
        signIn("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        navigate("app/claims/" + card.id());
        VerdictSection view = _get(ClaimView.class).verdictSection;
        view.summary.setValue("First version.");
        _click(_get(Button.class, spec -> spec.withId("verdict-save")));

        // The same reviewer saves from another tab in the meantime.
        var current = verdicts.openVerdict(card.id()).orElseThrow();
        verdicts.saveDraft(card.id(), VerdictDraft.of(Rating.TRUE, "Other tab.", "x"), current.version());

        view.summary.setValue("My careful wording.");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("verdict-save")));
        NotificationsKt.expectNotifications(
                "Someone saved this verdict since you opened it. Your text is still here: save again to replace their version with yours.");
        assertThat(view.summary.getValue()).isEqualTo("My careful wording.");

        _click(_get(Button.class, spec -> spec.withId("verdict-save")));
        assertThat(verdicts.openVerdict(card.id()).orElseThrow().summary()).isEqualTo("My careful wording.");
    }
}
