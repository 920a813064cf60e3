package com.claimboard.search.ui;

import com.claimboard.article.ArticleSearch;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimSearch;
import com.claimboard.claim.ClaimService;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Badges;
import com.claimboard.source.SourceSearch;
import com.claimboard.source.SourceService;
import com.claimboard.verdict.RatingScale;
import com.claimboard.verdict.VerdictSearch;
import com.claimboard.verdict.VerdictService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /app/search?q=}: the claim cards, sources (by their stored text), verdicts and articles whose words match
 * the query (every word, in French or English), best first, the words marked; each opens what it belongs to.
 * Facets ({@link SearchFacets}) narrow the results to a kind, a card's state or assignee, a verdict's rating, an
 * article's language or a period, each with its count. A blank query, or one without a letter or digit, gets a word on what
 * to type.
 */
@Route("app/search")
@RolesAllowed(Roles.REVIEWER)
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 20;
    static final int MAX_QUERY = 200;

    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final ArticleService articles;
    private final SearchSections sections;
    private final TextField box = new TextField();
    private final Div results = new Div();

    SearchView(
            ClaimService claims,
            SourceService sources,
            VerdictService verdicts,
            ArticleService articles,
            RatingScale ratings) {
        this.claims = claims;
        this.sources = sources;
        this.verdicts = verdicts;
        this.articles = articles;
        this.sections = new SearchSections(this, ratings, LIMIT);
        setMaxWidth("60em");
        box.setId("search-query");
        box.setLabel(getTranslation("search.label"));
        box.setHelperText(getTranslation("search.help", MAX_QUERY));
        // No maxlength: the browser would cut a long paste without a word; the page says the limit instead.
        box.setWidthFull();
        box.addKeyPressListener(Key.ENTER, enter -> go(box.getValue()));
        results.setId("search-results");
        results.setWidthFull();
        add(new H2(getTranslation("search.title")), box, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SearchFilter filter = SearchFilter.of(event.getLocation().getQueryParameters());
        // Shown whole, even past the limit: the page says how long it is and what the limit is.
        box.setValue(filter.query());
        show(filter);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · Claimboard";
    }

    private void go(String query) {
        getUI().ifPresent(ui -> ui.navigate("app/search", QueryParameters.of("q", query.strip())));
    }

    private void show(SearchFilter filter) {
        results.removeAll();
        String query = filter.query();
        if (query.isEmpty()) {
            results.add(Badges.emptyState(this, "search.empty"));
            return;
        }
        if (query.length() > MAX_QUERY) {
            results.add(new Paragraph(getTranslation("search.too-long", query.length(), MAX_QUERY)));
            return;
        }
        if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
            results.add(Badges.emptyState(this, "search.no-words"));
            return;
        }
        ClaimSearch foundClaims = claims.search(query, filter.state(), filter.assignee(), filter.period(), LIMIT);
        SourceSearch foundSources = sources.search(query, filter.period(), LIMIT);
        VerdictSearch foundVerdicts = verdicts.search(query, filter.rating(), filter.period(), LIMIT);
        ArticleSearch foundArticles = articles.search(query, filter.lang(), filter.period(), LIMIT);
        results.add(SearchFacets.of(this, sections, filter, foundClaims, foundSources, foundVerdicts, foundArticles));
        if (filter.shows(SearchFilter.CLAIMS)) {
            results.add(sections.claims(foundClaims.hits()));
        }
        if (filter.shows(SearchFilter.SOURCES)) {
            results.add(sections.sources(foundSources.hits()));
        }
        if (filter.shows(SearchFilter.VERDICTS)) {
            results.add(sections.verdicts(foundVerdicts.hits()));
        }
        if (filter.shows(SearchFilter.ARTICLES)) {
            results.add(sections.articles(foundArticles.hits()));
        }
    }
}
