package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * In real Chromium: the seed article's ten cards are highlighted in its text; a click on a span finds its card,
 * the keyboard alone finds a card's span, and a card is split in two and merged back.
 */
class ArticleJourneyTest extends JourneyTest {

    @Test
    void cards_and_their_spans_find_each_other_and_a_card_is_split_and_merged() throws IOException {
        WebDriver browser = openBrowser();
        String articleId = new WorkspacePage(browser, baseUrl())
                .signIn("rita", "rita-password")
                .importArticle("Poutine et Scholz : le compte rendu du Kremlin", seedArticle());

        ArticlePage article = new ArticlePage(browser, baseUrl(), articleId);
        List<String> spans = article.spanTexts();
        assertThat(spans).hasSize(10);
        assertThat(spans.get(0)).startsWith("Son compte-rendu de l'appel");

        String kiev = article.clickSpan("Kiev affirme que");
        assertThat(article.cardIsSelected(kiev)).isTrue();

        String last = article.cardIdOfSpan(spans.get(9).substring(0, 20));
        article.chooseCardWithKeyboard(last);
        assertThat(article.spanIsSelected(last)).isTrue();

        String first = article.cardIdOfSpan("Son compte-rendu de l'appel");
        String firstWords = spans.get(0);
        int comma = firstWords.indexOf(',');
        article.split(first, firstWords.substring(0, comma + 1));
        assertThat(article.spanTexts()).hasSize(11);
        assertThat(article.spanTexts().get(0)).isEqualTo(firstWords.substring(0, comma + 1));

        article.mergeWithNext(first);
        assertThat(article.spanTexts()).hasSize(10).first().isEqualTo(firstWords);
    }
}
