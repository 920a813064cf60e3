package com.claimboard.search.ui;

import com.claimboard.claim.ClaimHit;
import com.claimboard.claim.ClaimSearch;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Badges;
import com.claimboard.source.SourceHit;
import com.claimboard.source.SourceService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code /app/search?q=}: the claim cards and the sources whose words match the query (every word, in French or
 * English), best first, the words marked; each opens its claim. Facets narrow the results to a kind, a claim's
 * state or its assignee ({@code &kind=}, {@code &state=}, {@code &assignee=}), each with its count. A blank query, or one without a letter or digit,
 * gets a word on what to type.
 */
@Route("app/search")
@RolesAllowed(Roles.REVIEWER)
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 20;
    static final int MAX_QUERY = 200;

    private final ClaimService claims;
    private final SourceService sources;
    private final TextField box = new TextField();
    private final Div results = new Div();
    private ClaimState state;
    private String assignee;
    private String kind;

    SearchView(ClaimService claims, SourceService sources) {
        this.claims = claims;
        this.sources = sources;
        setMaxWidth("60em");
        box.setId("search-query");
        box.setLabel(getTranslation("search.label"));
        box.setHelperText(getTranslation("search.help", MAX_QUERY));
        box.setMaxLength(MAX_QUERY);
        box.setWidthFull();
        box.addKeyPressListener(Key.ENTER, enter -> go(box.getValue()));
        results.setId("search-results");
        results.setWidthFull();
        add(new H2(getTranslation("search.title")), box, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String query = parameters.getSingleParameter("q").orElse("").strip();
        state = parameters
                .getSingleParameter("state")
                .flatMap(name -> java.util.Arrays.stream(ClaimState.values())
                        .filter(value -> value.name().equals(name))
                        .findFirst())
                .orElse(null);
        assignee = parameters
                .getSingleParameter("assignee")
                .filter(name -> !name.isBlank())
                .orElse(null);
        kind = parameters
                .getSingleParameter("kind")
                .filter(name -> name.equals(CLAIMS) || name.equals(SOURCES))
                .orElse(null);
        // Shown whole, even past the limit: the page says how long it is and what the limit is.
        box.setValue(query);
        show(query);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · Claimboard";
    }

    private void go(String query) {
        getUI().ifPresent(ui -> ui.navigate("app/search", QueryParameters.of("q", query.strip())));
    }

    private void show(String query) {
        results.removeAll();
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
        ClaimSearch foundClaims = claims.search(query, state, assignee, LIMIT);
        List<SourceHit> foundSources = sources.search(query, LIMIT);
        results.add(facets(query, foundClaims, foundSources.size()));
        if (!SOURCES.equals(kind)) {
            results.add(claimsSection(foundClaims));
        }
        if (!CLAIMS.equals(kind) && state == null && assignee == null) {
            results.add(sourcesSection(foundSources));
        }
    }

    private static final String CLAIMS = "claims";
    private static final String SOURCES = "sources";

    /**
     * What the results may be narrowed to, each with its count: the kind (claims, sources), a claim's state, its
     * assignee; the chosen one is marked and a link clears it.
     */
    private Div facets(String query, ClaimSearch found, int sourceCount) {
        Div facets = new Div();
        facets.setId("search-facets");
        facets.addClassName("search-facets");
        Div kinds = facetGroup(facets, "search.facet.kind");
        kinds.add(facet(
                getTranslation("search.kind.claims", found.total()), query, CLAIMS, null, null, CLAIMS.equals(kind)));
        kinds.add(facet(
                getTranslation("search.kind.sources", sourceCount), query, SOURCES, null, null, SOURCES.equals(kind)));
        if (!found.byState().isEmpty()) {
            Div states = facetGroup(facets, "search.facet.state");
            found.byState().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(entry -> states.add(facet(
                            getTranslation(entry.getKey().messageKey()) + " (" + entry.getValue() + ")",
                            query,
                            CLAIMS,
                            entry.getKey(),
                            assignee,
                            entry.getKey() == state)));
        }
        if (!found.byAssignee().isEmpty()) {
            Div people = facetGroup(facets, "search.facet.assignee");
            found.byAssignee()
                    .forEach((name, count) -> people.add(
                            facet(name + " (" + count + ")", query, CLAIMS, state, name, name.equals(assignee))));
        }
        if (kind != null || state != null || assignee != null) {
            Anchor clear = new Anchor(link(query, null, null, null), getTranslation("search.facet.clear"));
            clear.setId("search-facets-clear");
            facets.add(clear);
        }
        return facets;
    }

    private Div facetGroup(Div facets, String titleKey) {
        Div group = new Div();
        group.addClassName("search-facet-group");
        group.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.3em 1em");
        group.add(new Span(getTranslation(titleKey)));
        facets.add(group);
        return group;
    }

    private Anchor facet(
            String label, String query, String toKind, ClaimState toState, String toAssignee, boolean chosen) {
        Anchor facet = new Anchor(link(query, toKind, toState, toAssignee), label);
        facet.addClassName("search-facet");
        if (chosen) {
            facet.addClassName("search-facet-chosen");
            facet.getElement().setAttribute("aria-current", "true");
            facet.getStyle().set("font-weight", "bold");
        }
        return facet;
    }

    private static String link(String query, String toKind, ClaimState toState, String toAssignee) {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("q", query);
        if (toKind != null) {
            parameters.put("kind", toKind);
        }
        if (toState != null) {
            parameters.put("state", toState.name());
        }
        if (toAssignee != null) {
            parameters.put("assignee", toAssignee);
        }
        return "app/search?" + QueryParameters.simple(parameters).getQueryString();
    }

    private Div claimsSection(ClaimSearch found) {
        List<ClaimHit> hits = found.hits();
        Div section = section("search-claims", "search.claims", hits.size());
        for (ClaimHit hit : hits) {
            Div row = new Div();
            row.addClassName("search-hit");
            Anchor open = new Anchor("app/claims/" + hit.claimId());
            open.add(new Html("<span>" + hit.textHtml() + "</span>"));
            row.add(open, Badges.of(this, hit.state(), hit.state().messageKey()));
            if (hit.assignee() != null) {
                row.add(new Span(" " + getTranslation("search.assignee", hit.assignee())));
            }
            section.add(row);
        }
        return section;
    }

    private Div sourcesSection(List<SourceHit> hits) {
        Div section = section("search-sources", "search.sources", hits.size());
        for (SourceHit hit : hits) {
            Div row = new Div();
            row.addClassName("search-hit");
            Anchor open = new Anchor("app/claims/" + hit.claimId());
            open.add(new Html("<span>" + hit.titleHtml() + "</span>"));
            row.add(open);
            if (hit.excerptHtml() != null) {
                Div excerpt = new Div(new Html("<span>… " + hit.excerptHtml() + " …</span>"));
                excerpt.addClassName("search-excerpt");
                row.add(excerpt);
            }
            section.add(row);
        }
        return section;
    }

    private Div section(String id, String titleKey, int count) {
        Div section = new Div();
        section.setId(id);
        section.setWidthFull();
        section.add(new H3(getTranslation(titleKey, count)));
        if (count == 0) {
            section.add(Badges.emptyState(this, "search.none"));
        } else if (count == LIMIT) {
            section.add(new Paragraph(getTranslation("search.first", LIMIT)));
        }
        return section;
    }
}
