package com.claimboard.search.ui;

import com.claimboard.claim.ClaimState;
import com.claimboard.shared.search.Period;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the search page was asked, read from its address ({@code ?q=&kind=&state=&assignee=&rating=&lang=&date=}),
 * and the addresses of the same search narrowed or widened. An unknown value is ignored rather than refused. The
 * period narrows every kind of result and is kept when another facet is chosen; the others belong to one kind.
 *
 * @param kind claims, sources, verdicts or articles; null for all
 */
record SearchFilter(
        String query, String kind, ClaimState state, String assignee, String rating, String lang, Period period) {

    static final String CLAIMS = "claims";
    static final String SOURCES = "sources";
    static final String VERDICTS = "verdicts";
    static final String ARTICLES = "articles";
    private static final Set<String> KINDS = Set.of(CLAIMS, SOURCES, VERDICTS, ARTICLES);

    static SearchFilter of(QueryParameters parameters) {
        ClaimState state = one(parameters, "state")
                .flatMap(name -> Arrays.stream(ClaimState.values())
                        .filter(value -> value.name().equals(name))
                        .findFirst())
                .orElse(null);
        String kind = one(parameters, "kind").filter(KINDS::contains).orElse(null);
        return new SearchFilter(
                parameters.getSingleParameter("q").orElse("").strip(),
                kind,
                state,
                one(parameters, "assignee").orElse(null),
                one(parameters, "rating").orElse(null),
                one(parameters, "lang").orElse(null),
                one(parameters, "date").flatMap(Period::of).orElse(null));
    }

    private static Optional<String> one(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Whether this kind of result is shown: all are, unless one was chosen. */
    boolean shows(String other) {
        return kind == null || kind.equals(other);
    }

    boolean narrowed() {
        return kind != null || state != null || assignee != null || rating != null || lang != null || period != null;
    }

    SearchFilter withKind(String to) {
        return new SearchFilter(query, to, null, null, null, null, period);
    }

    SearchFilter withState(ClaimState to) {
        return new SearchFilter(query, CLAIMS, to, assignee, null, null, period);
    }

    SearchFilter withAssignee(String to) {
        return new SearchFilter(query, CLAIMS, state, to, null, null, period);
    }

    SearchFilter withRating(String to) {
        return new SearchFilter(query, VERDICTS, null, null, to, null, period);
    }

    SearchFilter withLang(String to) {
        return new SearchFilter(query, ARTICLES, null, null, null, to, period);
    }

    SearchFilter withPeriod(Period to) {
        return new SearchFilter(query, kind, state, assignee, rating, lang, to);
    }

    SearchFilter cleared() {
        return new SearchFilter(query, null, null, null, null, null, null);
    }

    /** The page's address for this search. */
    String link() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        put(parameters, "kind", kind);
        put(parameters, "state", state == null ? null : state.name());
        put(parameters, "assignee", assignee);
        put(parameters, "rating", rating);
        put(parameters, "lang", lang);
        put(parameters, "date", period == null ? null : period.key());
        return "app/search?" + QueryParameters.simple(parameters).getQueryString();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
