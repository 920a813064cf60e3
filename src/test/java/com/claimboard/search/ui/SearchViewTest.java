package com.claimboard.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace search page without a browser: facets with their counts, and a chosen one narrowing the hits. */
class SearchViewTest extends KaribuTest {

    @Autowired
    ClaimService claims;

    @Test
    void facets_say_their_counts_and_narrow_the_results() {
        ClaimSummary fresh = workflow.card("Oyster farms in Arcachon lost half their stock in 2025, growers say.");
        ClaimSummary taken = workflow.card("Arcachon oyster farms lost half of their stock, says the union.");
        SignIn.as("rita", "REVIEWER");
        claims.take(taken.id(), taken.version());
        SignIn.out();

        signIn("rita", "REVIEWER");
        search(java.util.Map.of("q", "arcachon oyster"));
        List<String> facets = _find(Anchor.class, spec -> spec.withClasses("search-facet")).stream()
                .map(Anchor::getText)
                .toList();
        assertThat(facets).anyMatch(text -> text.startsWith("Claims ("));
        assertThat(facets).anyMatch(text -> text.startsWith("New ("));
        assertThat(facets).anyMatch(text -> text.startsWith("In research ("));
        assertThat(facets).anyMatch(text -> text.startsWith("rita ("));
        assertThat(facets).anyMatch(text -> text.startsWith("Past week ("));
        assertThat(facets).noneMatch(text -> text.startsWith("More than a year ago ("));
        assertThat(claimLinks()).contains("app/claims/" + fresh.id(), "app/claims/" + taken.id());

        // The period is kept when another facet is chosen, and says so in the address.
        search(java.util.Map.of("q", "arcachon oyster", "date", "week"));
        assertThat(claimLinks()).contains("app/claims/" + fresh.id(), "app/claims/" + taken.id());
        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-facet")).stream()
                        .filter(facet -> facet.getText().startsWith("rita ("))
                        .map(Anchor::getHref))
                .singleElement()
                .asString()
                .contains("q=arcachon%20oyster", "assignee=rita", "date=week");
        search(java.util.Map.of("q", "arcachon oyster", "date", "older"));
        assertThat(_find(Div.class, spec -> spec.withId("search-claims")).stream()
                        .flatMap(section -> _find(section, Anchor.class).stream()))
                .isEmpty();

        search(java.util.Map.of("q", "arcachon oyster", "kind", "claims", "assignee", "rita"));
        assertThat(claimLinks()).contains("app/claims/" + taken.id()).doesNotContain("app/claims/" + fresh.id());
        assertThat(_find(Div.class, spec -> spec.withId("search-sources"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("search-facets-clear"))
                        .getHref())
                .isEqualTo("app/search?q=arcachon%20oyster");
    }

    @Test
    void verdicts_and_articles_are_found_with_their_rating_and_language_facets() {
        long claimId = workflow.published(
                "Beekeepers in the Cevennes lost 80 percent of their hives in 2025, a senator said.",
                com.claimboard.verdict.Rating.FALSE,
                "Hive losses in the Cevennes were closer to 30 percent, the apiculture survey shows.");

        signIn("omar", "REVIEWER");
        search(java.util.Map.of("q", "apiculture survey"));
        assertThat(_find(_get(Div.class, spec -> spec.withId("search-verdicts")), Anchor.class))
                .extracting(Anchor::getHref)
                .contains("app/claims/" + claimId);
        List<String> facets = _find(Anchor.class, spec -> spec.withClasses("search-facet")).stream()
                .map(Anchor::getText)
                .toList();
        assertThat(facets).contains("Verdicts (1)").anyMatch(text -> text.startsWith("False ("));

        search(java.util.Map.of("q", "beekeepers cevennes hives", "kind", "articles"));
        Div articles = _get(Div.class, spec -> spec.withId("search-articles"));
        assertThat(_find(articles, Anchor.class))
                .extracting(Anchor::getHref)
                .anyMatch(href -> href.startsWith("app/articles/"));
        assertThat(_find(articles, com.vaadin.flow.component.Html.class))
                .anyMatch(html -> html.getInnerHtml().contains("<mark>Beekeepers</mark>"));
        assertThat(articles.getElement().getTextRecursively()).contains("English");
        assertThat(_find(Div.class, spec -> spec.withId("search-claims"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-facet")).stream()
                        .map(Anchor::getText))
                .anyMatch(text -> text.startsWith("English ("));
    }

    @Test
    void a_query_past_the_limit_is_kept_whole_and_refused_with_its_length_and_the_limit() {
        signIn("rita", "REVIEWER");
        String longQuery = "ferry ".repeat(40).strip();
        search(java.util.Map.of("q", longQuery));
        com.vaadin.flow.component.textfield.TextField box =
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("search-query"));
        assertThat(box.getValue()).isEqualTo(longQuery);
        assertThat(box.getMaxLength()).as("a paste is never cut by the browser").isZero();
        assertThat(box.getHelperText()).contains("Up to 200 characters");
        assertThat(_get(Div.class, spec -> spec.withId("search-results"))
                        .getElement()
                        .getTextRecursively())
                .contains("Your search has " + longQuery.length() + " characters; the limit is 200.");
    }

    private static void search(java.util.Map<String, String> parameters) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("app/search", com.vaadin.flow.router.QueryParameters.simple(parameters));
    }

    private static List<String> claimLinks() {
        return _find(_get(Div.class, spec -> spec.withId("search-claims")), Anchor.class).stream()
                .map(Anchor::getHref)
                .toList();
    }
}
