package com.claimboard.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.article.ArticleLimits;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimLimits;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.source.SourceService;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictLimits;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every limited field of the workspace, as the person meets it: the limit stated under the field before it is
 * reached, the field marked once past it, and a save past it refused with a message naming the field and the
 * limit, leaving what was saved as it was. The browser is never told to cut ({@code maxlength} is never set).
 */
class FormLimitsTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    /** The field's counter at, below and past its limit, and never a maxlength. */
    private static void statesItsLimit(TextFieldBase<?, String> field, int max, String counterAtMax) {
        assertThat(field.getElement().hasProperty("maxlength"))
                .as("no maxlength on " + field.getId())
                .isFalse();
        assertThat(field.getElement().getAttribute("maxlength")).isNull();
        field.setValue("a".repeat(max - 1));
        assertThat(field.isInvalid()).isFalse();
        field.setValue("a".repeat(max));
        assertThat(field.getHelperText()).isEqualTo(counterAtMax);
        assertThat(field.isInvalid()).isFalse();
        field.setValue("a".repeat(max + 1));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getHelperText()).endsWith("1 over the limit");
        assertThat(field.getValue()).as("nothing cut").hasSize(max + 1);
    }

    @Test
    void every_field_of_the_import_form_states_its_limit_and_marks_a_text_past_it() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        var view = _get(com.claimboard.article.ui.ImportView.class);

        assertThat(_get(TextField.class, spec -> spec.withId("import-title")).getHelperText())
                .isEqualTo("0 / 500");
        statesItsLimit(_get(TextField.class, spec -> spec.withId("import-title")), 500, "500 / 500");
        statesItsLimit(_get(TextField.class, spec -> spec.withId("import-byline")), 300, "300 / 300");
        statesItsLimit(_get(TextField.class, spec -> spec.withId("import-outlet")), 200, "200 / 200");
        statesItsLimit(_get(TextField.class, spec -> spec.withId("import-url")), 2_000, "2,000 / 2,000");
        statesItsLimit(_get(TextField.class, spec -> spec.withId("import-address")), 2_000, "2,000 / 2,000");
        statesItsLimit(
                _get(TextArea.class, spec -> spec.withId("import-text")),
                ArticleLimits.TEXT.max(),
                "250,000 / 250,000");
    }

    @Test
    void an_import_with_a_title_past_its_limit_is_refused_with_the_limit_named_and_nothing_is_imported() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        TextField title = _get(TextField.class, spec -> spec.withId("import-title"));
        SignIn.as("rita", "REVIEWER");
        int before = articles.all().size();

        title.setValue("T".repeat(501));
        _get(TextArea.class, spec -> spec.withId("import-text")).setValue("La dette a atteint 112 % du PIB.");
        _click(_get(Button.class, spec -> spec.withId("import-submit")));

        assertThat(notifications())
                .containsExactly("Title has 501 characters: at most 500 are accepted. Nothing was saved: shorten it"
                        + " and try again.");
        assertThat(articles.all()).hasSize(before);
        assertThat(title.getValue()).as("the text is kept to be shortened").hasSize(501);
    }

    @Test
    void the_limits_are_stated_in_french_with_french_numbers() {
        signIn("rita", "REVIEWER");
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("app/import");

        TextArea text = _get(TextArea.class, spec -> spec.withId("import-text"));
        text.setValue("a".repeat(250_001));

        assertThat(text.getHelperText()).isEqualTo("250\u202f001 / 250\u202f000 \u2014 1 de trop");
        assertThat(text.getErrorMessage())
                .isEqualTo("250\u202f000 caractères au plus : raccourcissez le texte pour l'enregistrer.");
    }

    @Test
    void a_verdict_summary_past_its_limit_is_refused_and_the_saved_one_stays() {
        ClaimSummary card = workflow.card("Bus fares went up 30 percent.");
        signIn("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        VerdictSummary saved = verdicts.saveDraft(
                card.id(),
                VerdictDraft.of(Rating.FALSE, "Fares rose by 12 percent, not 30.", "The operator's tariffs."),
                null);
        navigate("app/claims/" + card.id());
        var section = _get(com.claimboard.verdict.ui.ClaimView.class);
        TextArea summary = _get(TextArea.class, spec -> spec.withId("verdict-summary"));
        statesItsLimit(summary, VerdictLimits.SUMMARY.max(), "280 / 280");
        statesItsLimit(
                _get(TextArea.class, spec -> spec.withId("verdict-explanation")),
                VerdictLimits.EXPLANATION.max(),
                "20,000 / 20,000");
        _get(TextArea.class, spec -> spec.withId("verdict-explanation")).setValue("The operator's tariffs.");

        summary.setValue("x".repeat(400));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("verdict-save")));

        assertThat(notifications())
                .containsExactly("The summary has 400 characters: at most 280 are accepted. Nothing was saved:"
                        + " shorten it and try again.");
        SignIn.as("rita", "REVIEWER");
        VerdictSummary kept = verdicts.openVerdict(card.id()).orElseThrow();
        assertThat(kept.summary()).isEqualTo("Fares rose by 12 percent, not 30.");
        assertThat(kept.version()).isEqualTo(saved.version());
        assertThat(summary.getValue()).hasSize(400);
        assertThat(section).isNotNull();
    }

    @Test
    void a_source_address_and_a_review_comment_state_their_limits_and_refuse_past_them() {
        VerdictSummary proposed =
                workflow.proposed("The deficit doubled in two years.", Rating.MOSTLY_FALSE, "It rose by half.");
        ClaimSummary card = workflow.card("Wages grew 4 percent.");
        signIn("omar", "REVIEWER");
        claims.take(card.id(), card.version());
        navigate("app/claims/" + card.id());
        TextField url = _get(TextField.class, spec -> spec.withId("source-url"));
        statesItsLimit(url, SourceService.URL.max(), "2,000 / 2,000");
        url.setValue("https://stats.example.org/" + "a".repeat(2_000));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("source-attach")));
        assertThat(notifications()).singleElement().asString().startsWith("Source address has 2,026 characters");

        signIn("eddie", "EDITOR", "REVIEWER");
        navigate("app/claims/" + proposed.claimId());
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        statesItsLimit(comment, VerdictLimits.REVIEW_COMMENT.max(), "5,000 / 5,000");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("review-request-changes")));
        assertThat(notifications()).singleElement().asString().startsWith("The comment has 5,001 characters");
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        assertThat(verdicts.latest(proposed.claimId()).orElseThrow().state())
                .isEqualTo(com.claimboard.verdict.VerdictState.PROPOSED);
    }

    @Test
    void a_rewording_and_a_dismissal_reason_state_their_limits_and_keep_the_dialog_open_past_them() {
        ClaimSummary card = workflow.card("Crime fell by a fifth in the city.");
        signIn("omar", "REVIEWER");
        navigate("app/articles/" + card.articleId());
        var view = _get(com.claimboard.claim.ui.ArticleView.class);
        var row = com.github.mvysny.kaributesting.v23.VirtualListsKt._getRowComponent(
                (com.vaadin.flow.component.virtuallist.VirtualList<?>) view.getChildren()
                        .toList()
                        .get(1)
                        .getChildren()
                        .toList()
                        .get(1),
                0);
        Button reword = row.getChildren()
                .flatMap(child -> child.getChildren())
                .filter(c -> c.getId().orElse("").equals("reword-" + card.id()))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
        reword.click();
        TextArea words = _get(TextArea.class, spec -> spec.withId("reword-text"));
        statesItsLimit(words, ClaimLimits.TEXT.max(), "20,000 / 20,000");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("reword-save")));
        assertThat(notifications()).singleElement().asString().startsWith("The claim's wording has 20,001 characters");
        assertThat(words.getValue()).hasSize(ClaimLimits.TEXT.max() + 1);
        SignIn.as("omar", "REVIEWER");
        assertThat(claims.claim(card.id()).text()).isEqualTo("Crime fell by a fifth in the city.");
    }
}
