package com.claimboard.search.ui;

import com.claimboard.claim.ClaimHit;
import com.claimboard.claim.ClaimService;
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
 * English), best first, the words marked; each opens its claim. A blank query, or one without a letter or digit,
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
        String query = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("q")
                .orElse("")
                .strip();
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
        List<ClaimHit> foundClaims = claims.search(query, LIMIT);
        List<SourceHit> foundSources = sources.search(query, LIMIT);
        results.add(claimsSection(foundClaims), sourcesSection(foundSources));
    }

    private Div claimsSection(List<ClaimHit> hits) {
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
