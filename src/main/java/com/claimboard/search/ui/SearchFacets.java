package com.claimboard.search.ui;

import com.claimboard.article.ArticleSearch;
import com.claimboard.claim.ClaimSearch;
import com.claimboard.shared.search.Period;
import com.claimboard.source.SourceSearch;
import com.claimboard.verdict.VerdictSearch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the results may be narrowed to, each with its count over what the words match: the kind, a card's state
 * and assignee, a verdict's rating, an article's language, and how recent the result is (a card or a verdict by
 * its last change, a source by when it was added, an article by its import; over the kinds shown). The chosen one is marked (and said to screen readers);
 * a link shows everything again.
 */
final class SearchFacets {

    private SearchFacets() {}

    /** A kind of result, its label's key and how many the words match. */
    private record Kind(String name, String key, long count) {}

    static Div of(
            Component host,
            SearchSections sections,
            SearchFilter filter,
            ClaimSearch claims,
            SourceSearch sources,
            VerdictSearch verdicts,
            ArticleSearch articles) {
        Div facets = new Div();
        facets.setId("search-facets");
        facets.addClassName("search-facets");
        Div kinds = group(host, facets, "search.facet.kind");
        for (Kind shown : List.of(
                new Kind(SearchFilter.CLAIMS, "search.kind.claims", claims.total()),
                new Kind(SearchFilter.SOURCES, "search.kind.sources", sources.total()),
                new Kind(SearchFilter.VERDICTS, "search.kind.verdicts", verdicts.total()),
                new Kind(SearchFilter.ARTICLES, "search.kind.articles", articles.total()))) {
            kinds.add(facet(
                    host.getTranslation(shown.key()),
                    shown.count(),
                    filter.withKind(shown.name()),
                    shown.name().equals(filter.kind())));
        }
        if (!claims.byState().isEmpty()) {
            Div states = group(host, facets, "search.facet.state");
            claims.byState().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> states.add(facet(
                            host.getTranslation(entry.getKey().messageKey()),
                            entry.getValue(),
                            filter.withState(entry.getKey()),
                            entry.getKey() == filter.state())));
        }
        if (!claims.byAssignee().isEmpty()) {
            Div people = group(host, facets, "search.facet.assignee");
            claims.byAssignee()
                    .forEach((name, count) ->
                            people.add(facet(name, count, filter.withAssignee(name), name.equals(filter.assignee()))));
        }
        if (!verdicts.byRating().isEmpty()) {
            Div ratings = group(host, facets, "search.facet.rating");
            verdicts.byRating()
                    .forEach((code, count) -> ratings.add(facet(
                            sections.ratingName(code), count, filter.withRating(code), code.equals(filter.rating()))));
        }
        if (!articles.byLang().isEmpty()) {
            Div languages = group(host, facets, "search.facet.lang");
            articles.byLang()
                    .forEach((lang, count) -> languages.add(
                            facet(language(host, lang), count, filter.withLang(lang), lang.equals(filter.lang()))));
        }
        Map<Period, Long> byPeriod = new EnumMap<>(Period.class);
        if (filter.shows(SearchFilter.CLAIMS)) {
            claims.byPeriod().forEach((period, count) -> byPeriod.merge(period, count, Long::sum));
        }
        if (filter.shows(SearchFilter.SOURCES)) {
            sources.byPeriod().forEach((period, count) -> byPeriod.merge(period, count, Long::sum));
        }
        if (filter.shows(SearchFilter.VERDICTS)) {
            verdicts.byPeriod().forEach((period, count) -> byPeriod.merge(period, count, Long::sum));
        }
        if (filter.shows(SearchFilter.ARTICLES)) {
            articles.byPeriod().forEach((period, count) -> byPeriod.merge(period, count, Long::sum));
        }
        if (!byPeriod.isEmpty()) {
            Div periods = group(host, facets, "search.facet.date");
            byPeriod.forEach((period, count) -> periods.add(facet(
                    host.getTranslation(period.messageKey()),
                    count,
                    filter.withPeriod(period),
                    period == filter.period())));
        }
        if (filter.narrowed()) {
            Anchor clear = new Anchor(filter.cleared().link(), host.getTranslation("search.facet.clear"));
            clear.setId("search-facets-clear");
            facets.add(clear);
        }
        return facets;
    }

    /** A language's name in the reader's language ("French", "anglais"). */
    static String language(Component host, String code) {
        Locale reader = readerLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** The reader's language, as the workspace chose it. */
    static Locale readerLocale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static Div group(Component host, Div facets, String titleKey) {
        Div group = new Div();
        group.addClassName("search-facet-group");
        group.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.3em 1em");
        group.add(new Span(host.getTranslation(titleKey)));
        facets.add(group);
        return group;
    }

    private static Anchor facet(String label, long count, SearchFilter to, boolean chosen) {
        Anchor facet = new Anchor(to.link(), label + " (" + count + ")");
        facet.addClassName("search-facet");
        if (chosen) {
            facet.addClassName("search-facet-chosen");
            facet.getElement().setAttribute("aria-current", "true");
            facet.getStyle().set("font-weight", "bold");
        }
        return facet;
    }
}
