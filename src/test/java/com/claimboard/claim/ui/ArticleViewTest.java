package com.claimboard.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.audit.AuditRecord;
import com.claimboard.audit.AuditService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class ArticleViewTest extends KaribuTest {

    private static final String TEXT = "Le chômage a baissé de 2 % en un an. Le ministre est content.\n"
            + "« Nous ferons mieux », a déclaré le Premier ministre.";

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    AuditService audit;

    private long importArticle() {
        SignIn.as("rita", "REVIEWER");
        long id = articles.importArticle(new ArticleDraft("Chômage", TEXT, null, null, null));
        SignIn.out();
        return id;
    }

    @Test
    void each_card_is_highlighted_in_the_text_and_clicking_finds_the_other_side() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        navigate("app/articles/" + articleId);
        ArticleView view = _get(ArticleView.class);
        List<ClaimSummary> cards = claims.cardsOf(articleId);

        assertThat(cards).hasSize(3);
        for (ClaimSummary card : cards) {
            Span span = _get(Span.class, spec -> spec.withId("span-" + card.id()));
            assertThat(span.getText()).isEqualTo(card.text());
        }
        Span second =
                _get(Span.class, spec -> spec.withId("span-" + cards.get(1).id()));
        _click(second);
        assertThat(view.selected).isEqualTo(cards.get(1).id());
        assertThat(_get(Div.class, spec -> spec.withId("card-" + cards.get(2).id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Said by le Premier ministre");
        assertThat(_get(Div.class, spec -> spec.withId("card-" + cards.get(1).id()))
                        .hasClassName("selected"))
                .isTrue();
    }

    @Test
    void a_card_is_split_merged_and_reworded_with_each_edit_in_its_history() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        ClaimSummary first = claims.cardsOf(articleId).getFirst();
        ClaimSummary merged = claims.mergeWithNext(first.id());
        assertThat(merged.text()).isEqualTo("Le chômage a baissé de 2 % en un an. Le ministre est content.");

        navigate("app/articles/" + articleId);
        ArticleView view = _get(ArticleView.class);
        assertThat(view.split(claims.claim(first.id()), "Le chômage a baissé de 2 % en un an. "))
                .isTrue();

        List<ClaimSummary> live = claims.cardsOf(articleId).stream()
                .filter(card -> card.state() != com.claimboard.claim.ClaimState.DISMISSED)
                .toList();
        assertThat(live)
                .extracting(ClaimSummary::text)
                .containsExactly(
                        "Le chômage a baissé de 2 % en un an.",
                        "Le ministre est content.", "« Nous ferons mieux », a déclaré le Premier ministre.");
        for (ClaimSummary card : live) {
            assertThat(TEXT.substring(card.start(), card.end())).isEqualTo(card.text());
        }

        claims.reword(live.get(1).id(), "Le ministre se dit satisfait.");
        assertThat(claims.claim(live.get(1).id()).originalText()).isEqualTo("Le ministre est content.");
        assertThat(audit.trail(first.id())).extracting(AuditRecord::action).containsExactly("merge", "split");
        assertThat(audit.trail(live.get(1).id()))
                .extracting(AuditRecord::action)
                .contains("reword");
        assertThat(_find(Span.class, spec -> spec.withId("span-" + live.get(1).id())))
                .hasSize(1);
    }

    @Test
    void a_card_is_dismissed_with_a_reason_and_restored_from_the_article() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        ClaimSummary second = claims.cardsOf(articleId).get(1);
        navigate("app/articles/" + articleId);

        _click(_get(Button.class, spec -> spec.withId("dismiss-" + second.id())));
        _get(TextField.class, spec -> spec.withId("dismiss-reason")).setValue("Pure opinion, nothing to check.");
        _click(_get(Button.class, spec -> spec.withId("dismiss-confirm")));

        assertThat(claims.claim(second.id()).state()).isEqualTo(com.claimboard.claim.ClaimState.DISMISSED);
        assertThat(_get(Div.class, spec -> spec.withId("card-" + second.id())).hasClassName("dismissed"))
                .isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("span-" + second.id())).hasClassName("state-dismissed"))
                .isTrue();

        _click(_get(Button.class, spec -> spec.withId("restore-" + second.id())));

        assertThat(claims.claim(second.id()).state()).isEqualTo(com.claimboard.claim.ClaimState.NEW);
        assertThat(audit.trail(second.id())).extracting(AuditRecord::action).containsSubsequence("dismiss", "restore");
    }

    @Test
    void a_card_merged_into_another_is_not_restored_over_it() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        List<ClaimSummary> cards = claims.cardsOf(articleId);
        claims.mergeWithNext(cards.get(0).id());
        navigate("app/articles/" + articleId);

        assertThat(_find(Div.class, spec -> spec.withId("card-" + cards.get(1).id())))
                .isEmpty();
        assertThat(claims.claim(cards.get(1).id()).mergedInto())
                .isEqualTo(cards.get(0).id());
        assertThat(audit.trail(cards.get(1).id()))
                .extracting(AuditRecord::action)
                .contains("merged-into");
        assertThatThrownBy(() -> claims.restore(cards.get(1).id()))
                .isInstanceOf(com.claimboard.shared.DomainRuleViolation.class);
        assertThat(claims.claim(cards.get(1).id()).state()).isEqualTo(com.claimboard.claim.ClaimState.DISMISSED);
    }

    @Test
    void the_board_filters_by_reason_and_sorts_by_check_worthiness() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("app", com.vaadin.flow.router.QueryParameters.of("article", String.valueOf(articleId)));
        BoardView board = _get(BoardView.class);

        board.reason.setValue("statistic");
        int size = GridKt._size(board.grid);
        assertThat(size).isEqualTo(1);
        assertThat(GridKt._get(board.grid, 0).text()).startsWith("Le chômage a baissé");

        var byScore = claims.board(
                new com.claimboard.claim.ClaimFilter(articleId, null, null, false, null),
                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("checkworthiness"))));
        assertThat(byScore.getContent())
                .extracting(ClaimSummary::checkworthiness)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
