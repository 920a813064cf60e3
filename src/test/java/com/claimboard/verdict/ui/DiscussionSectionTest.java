package com.claimboard.verdict.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimSummary;
import com.claimboard.discussion.CommentView;
import com.claimboard.discussion.DiscussionService;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claim page's discussion, without a browser: a post with a mention, the author's own edit, others' read-only. */
class DiscussionSectionTest extends KaribuTest {

    @Autowired
    DiscussionService discussion;

    @Test
    void a_reviewer_posts_with_a_mention_and_edits_their_own_comment_only() {
        ClaimSummary card = workflow.card("The bridge cost 3 billion euros, the mayor said.");
        SignIn.as("omar", "REVIEWER");
        CommentView omars = discussion.post(card.id(), "The audit says 2.4 billion.");
        signIn("rita", "REVIEWER");
        navigate("app/claims/" + card.id());
        DiscussionSection section = _get(ClaimView.class).discussionSection;

        assertThat(section.newComment.getHelperText()).isEqualTo("0 / 5,000");
        section.newComment.setValue("@omar which audit? Link it please.");
        _click(_get(Button.class, spec -> spec.withId("discussion-post")));

        assertThat(_find(Span.class, spec -> spec.withClasses("mention")))
                .extracting(Span::getText)
                .containsExactly("@omar");
        assertThat(_find(Button.class, spec -> spec.withId("comment-edit-" + omars.id())))
                .as("not rita's to edit")
                .isEmpty();
        SignIn.as("rita", "REVIEWER");
        CommentView ritas = discussion.thread(card.id()).getLast();
        _click(_get(Button.class, spec -> spec.withId("comment-edit-" + ritas.id())));
        _get(TextArea.class, spec -> spec.withId("comment-words-" + ritas.id())).setValue("@omar which audit, 2025?");
        _click(_get(Button.class, spec -> spec.withId("comment-save-" + ritas.id())));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("comment-" + ritas.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("which audit, 2025?", "edited");
    }
}
