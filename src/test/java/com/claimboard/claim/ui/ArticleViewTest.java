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
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.splitting.CheckworthinessReason;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class ArticleViewTest extends KaribuTest {

    private static final String TEXT = "Le chômage a baissé de 2 % en un an. Le ministre est <content>.\n"
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

    private ArticleView open(long articleId) {
        navigate("app/articles/" + articleId);
        return _get(ArticleView.class);
    }

    /** The article's text as the browser gets it. */
    private static Document drawnText(ArticleView view) {
        return Jsoup.parseBodyFragment(view.text.getElement().getProperty("innerHTML"));
    }

    private static Component row(ArticleView view, long cardId) {
        List<ClaimSummary> shown = VirtualListsKt._findAll(view.cardList);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == cardId) {
                return VirtualListsKt._getRowComponent(view.cardList, i);
            }
        }
        throw new AssertionError("card " + cardId + " is not listed");
    }

    private static Optional<Button> button(Component row, String id) {
        return row.getChildren()
                .flatMap(child -> child.getChildren())
                .filter(c -> c instanceof Button && c.getId().orElse("").equals(id))
                .map(Button.class::cast)
                .findFirst();
    }

    private static void chooseSpan(ArticleView view, long cardId) {
        var data = JsonMapper.builder().build().createObjectNode();
        data.put(ArticleText.CHOSEN_CARD, String.valueOf(cardId));
        data.put(ArticleText.ON_A_SPAN, true);
        ElementUtilsKt._fireDomEvent(view.text.getElement(), new DomEvent(view.text.getElement(), "click", data));
    }

    @Test
    void each_card_is_highlighted_in_the_text_and_choosing_a_span_finds_its_card() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        ArticleView view = open(articleId);
        SignIn.as("omar", "REVIEWER");
        List<ClaimSummary> cards = claims.cardsOf(articleId);

        assertThat(cards).hasSize(3);
        Document drawn = drawnText(view);
        assertThat(drawn.select(".para").stream()
                        .map(Element::wholeText)
                        .collect(java.util.stream.Collectors.joining("\n")))
                .as("the whole text, escaped, nothing lost, a paragraph a line")
                .isEqualTo(TEXT);
        for (ClaimSummary card : cards) {
            Element span = drawn.getElementById("span-" + card.id());
            assertThat(span).isNotNull();
            assertThat(span.wholeText()).isEqualTo(card.text());
            assertThat(span.hasClass("state-new")).isTrue();
            assertThat(span.attr("tabindex")).isEqualTo("0");
        }

        chooseSpan(view, cards.get(1).id());

        assertThat(view.cardList.selected()).isEqualTo(cards.get(1).id());
        assertThat(row(view, cards.get(1).id()).getClassNames()).contains("selected");
        assertThat(row(view, cards.get(2).id()).getElement().getTextRecursively())
                .contains("Said by le Premier ministre");
    }

    @Test
    void a_card_is_merged_split_and_reworded_through_the_view_and_the_text_is_drawn_again_each_time() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        ArticleView view = open(articleId);
        SignIn.as("omar", "REVIEWER");
        ClaimSummary first = claims.cardsOf(articleId).getFirst();

        button(row(view, first.id()), "merge-" + first.id()).orElseThrow().click();

        ClaimSummary merged = claims.claim(first.id());
        assertThat(merged.text()).isEqualTo("Le chômage a baissé de 2 % en un an. Le ministre est <content>.");
        assertThat(drawnText(view).getElementById("span-" + first.id()).wholeText())
                .isEqualTo(merged.text());
        assertThat(drawnText(view).select(".claim-span")).hasSize(2);

        assertThat(view.split(merged, "Le chômage a baissé de 2 % en un an. ")).isTrue();

        List<ClaimSummary> live = claims.cardsOf(articleId).stream()
                .filter(card -> card.state() != ClaimState.DISMISSED)
                .toList();
        assertThat(live)
                .extracting(ClaimSummary::text)
                .containsExactly(
                        "Le chômage a baissé de 2 % en un an.",
                        "Le ministre est <content>.", "« Nous ferons mieux », a déclaré le Premier ministre.");
        Document drawn = drawnText(view);
        assertThat(drawn.select(".claim-span")).hasSize(3);
        for (ClaimSummary card : live) {
            assertThat(TEXT.substring(card.start(), card.end())).isEqualTo(card.text());
            assertThat(drawn.getElementById("span-" + card.id()).wholeText()).isEqualTo(card.text());
        }

        button(row(view, live.get(1).id()), "reword-" + live.get(1).id())
                .orElseThrow()
                .click();
        _get(TextArea.class, spec -> spec.withId("reword-text")).setValue("Le ministre se dit satisfait.");
        _click(_get(Button.class, spec -> spec.withId("reword-save")));

        assertThat(claims.claim(live.get(1).id()).originalText()).isEqualTo("Le ministre est <content>.");
        assertThat(row(view, live.get(1).id()).getElement().getTextRecursively())
                .contains("Le ministre se dit satisfait.", "Le ministre est <content>.");
        assertThat(drawnText(view).getElementById("span-" + live.get(1).id()).wholeText())
                .as("the span keeps the article's own words")
                .isEqualTo("Le ministre est <content>.");
        assertThat(audit.trail(first.id()))
                .extracting(AuditRecord::action)
                .containsExactly(ClaimAction.MERGE, ClaimAction.SPLIT);
        assertThat(audit.trail(live.get(1).id()))
                .extracting(AuditRecord::action)
                .contains(ClaimAction.REWORD);
    }

    @Test
    void a_card_is_dismissed_with_a_reason_and_restored_from_the_article() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        ArticleView view = open(articleId);
        SignIn.as("omar", "REVIEWER");
        ClaimSummary second = claims.cardsOf(articleId).get(1);

        button(row(view, second.id()), "dismiss-" + second.id()).orElseThrow().click();
        _get(TextField.class, spec -> spec.withId("dismiss-reason")).setValue("Pure opinion, nothing to check.");
        _click(_get(Button.class, spec -> spec.withId("dismiss-confirm")));

        assertThat(claims.claim(second.id()).state()).isEqualTo(ClaimState.DISMISSED);
        Component dismissed = row(view, second.id());
        assertThat(dismissed.getClassNames()).contains("dismissed");
        assertThat(button(dismissed, "reword-" + second.id()))
                .as("a dismissed card is not reworded")
                .isEmpty();
        assertThat(button(dismissed, "split-" + second.id())).isEmpty();
        assertThat(drawnText(view).getElementById("span-" + second.id()).hasClass("state-dismissed"))
                .isTrue();

        button(dismissed, "restore-" + second.id()).orElseThrow().click();

        assertThat(claims.claim(second.id()).state()).isEqualTo(ClaimState.NEW);
        assertThat(drawnText(view).getElementById("span-" + second.id()).hasClass("state-new"))
                .isTrue();
        assertThat(audit.trail(second.id()))
                .extracting(AuditRecord::action)
                .containsSubsequence(ClaimAction.DISMISS, ClaimAction.RESTORE);
    }

    @Test
    void a_card_merged_into_another_is_not_listed_nor_restored_over_it_and_the_last_card_offers_no_merge() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        SignIn.as("omar", "REVIEWER");
        List<ClaimSummary> cards = claims.cardsOf(articleId);
        claims.mergeWithNext(cards.get(0).id(), cards.get(0).version());
        ArticleView view = open(articleId);
        SignIn.as("omar", "REVIEWER");

        assertThat(VirtualListsKt._findAll(view.cardList))
                .extracting(ClaimSummary::id)
                .doesNotContain(cards.get(1).id());
        assertThat(claims.claim(cards.get(1).id()).mergedInto())
                .isEqualTo(cards.get(0).id());
        assertThat(audit.trail(cards.get(1).id()))
                .extracting(AuditRecord::action)
                .contains(ClaimAction.MERGED_INTO);
        ClaimSummary absorbed = claims.claim(cards.get(1).id());
        assertThatThrownBy(() -> claims.restore(absorbed.id(), absorbed.version()))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("claim.refused.covered");
        assertThat(claims.claim(cards.get(1).id()).state()).isEqualTo(ClaimState.DISMISSED);
        long last = cards.get(2).id();
        assertThat(button(row(view, last), "merge-" + last))
                .as("nothing follows the last card")
                .isEmpty();
        assertThat(button(row(view, cards.get(0).id()), "merge-" + cards.get(0).id()))
                .isPresent();
    }

    @Test
    void a_reword_over_someone_elses_keeps_the_reviewers_words_and_the_next_save_replaces_theirs() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        ArticleView view = open(articleId);
        SignIn.as("omar", "REVIEWER");
        ClaimSummary card = claims.cardsOf(articleId).get(1);
        button(row(view, card.id()), "reword-" + card.id()).orElseThrow().click();
        TextArea words = _get(TextArea.class, spec -> spec.withId("reword-text"));
        words.setValue("Omar's careful wording.");

        SignIn.as("rita", "REVIEWER"); // rita rewords it in the meantime
        claims.reword(card.id(), card.version(), "Rita's wording.");
        SignIn.as("omar", "REVIEWER");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("reword-save")));

        NotificationsKt.expectNotifications("Someone changed this card while you were editing it. Your words are still"
                + " here: compare them with the card as it is now, then save again to replace it.");
        assertThat(claims.claim(card.id()).text()).isEqualTo("Rita's wording.");
        assertThat(words.getValue()).isEqualTo("Omar's careful wording.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reword-current")).getText())
                .contains("Rita's wording.");

        _click(_get(Button.class, spec -> spec.withId("reword-save")));

        assertThat(claims.claim(card.id()).text()).isEqualTo("Omar's careful wording.");
        assertThat(_find(TextArea.class, spec -> spec.withId("reword-text")))
                .as("the dialog closed")
                .isEmpty();
    }

    @Test
    void the_board_filters_by_reason_and_its_grid_sorts_by_check_worthiness() {
        long articleId = importArticle();
        signIn("omar", "REVIEWER");
        UI.getCurrent().navigate("app", QueryParameters.of("article", String.valueOf(articleId)));
        BoardView board = _get(BoardView.class);

        board.reason.setValue(CheckworthinessReason.STATISTIC);
        assertThat(GridKt._size(board.grid)).isEqualTo(1);
        assertThat(GridKt._get(board.grid, 0).text()).startsWith("Le chômage a baissé");

        board.reason.clear();
        board.grid.sort(
                GridSortOrder.desc(board.grid.getColumnByKey("checkworthiness")).build());
        List<Double> shown = java.util.stream.IntStream.range(0, GridKt._size(board.grid))
                .mapToObj(i -> GridKt._get(board.grid, i).checkworthiness())
                .toList();
        assertThat(shown).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(shown.getFirst()).isGreaterThan(shown.getLast());

        board.grid.sort(
                GridSortOrder.asc(board.grid.getColumnByKey("checkworthiness")).build());
        assertThat(GridKt._get(board.grid, 0).checkworthiness()).isEqualTo(shown.getLast());
    }
}
