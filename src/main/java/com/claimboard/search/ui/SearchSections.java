package com.claimboard.search.ui;

import com.claimboard.article.ArticleHit;
import com.claimboard.claim.ClaimHit;
import com.claimboard.shared.ui.Badges;
import com.claimboard.source.SourceHit;
import com.claimboard.verdict.RatingScale;
import com.claimboard.verdict.VerdictHit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The search page's result sections, one per kind: each hit opens what it belongs to, its words marked (the
 * services keep only {@code <mark>} as markup).
 */
final class SearchSections {

    private final Component host;
    private final RatingScale ratings;
    private final int limit;

    SearchSections(Component host, RatingScale ratings, int limit) {
        this.host = host;
        this.ratings = ratings;
        this.limit = limit;
    }

    Div claims(List<ClaimHit> hits) {
        Div section = section("search-claims", "search.claims", hits.size());
        for (ClaimHit hit : hits) {
            Div row = row(link("app/claims/" + hit.claimId(), hit.textHtml()));
            row.add(Badges.of(host, hit.state(), hit.state().messageKey()));
            if (hit.assignee() != null) {
                row.add(new Span(" " + host.getTranslation("search.assignee", hit.assignee())));
            }
            section.add(row);
        }
        return section;
    }

    Div sources(List<SourceHit> hits) {
        Div section = section("search-sources", "search.sources", hits.size());
        for (SourceHit hit : hits) {
            section.add(withExcerpt(row(link("app/claims/" + hit.claimId(), hit.titleHtml())), hit.excerptHtml()));
        }
        return section;
    }

    Div verdicts(List<VerdictHit> hits) {
        Div section = section("search-verdicts", "search.verdicts", hits.size());
        for (VerdictHit hit : hits) {
            String rating = hit.rating() == null ? host.getTranslation("search.no-rating") : ratingName(hit.rating());
            Div row = row(link("app/claims/" + hit.claimId(), hit.excerptHtml()));
            row.add(
                    new Span(" " + rating + " · "),
                    Badges.of(host, hit.state(), hit.state().messageKey()));
            section.add(row);
        }
        return section;
    }

    Div articles(List<ArticleHit> hits) {
        Div section = section("search-articles", "search.articles", hits.size());
        for (ArticleHit hit : hits) {
            Div row = row(link("app/articles/" + hit.articleId(), hit.titleHtml()));
            if (hit.lang() != null) {
                row.add(new Span(" · " + SearchFacets.language(host, hit.lang())));
            }
            section.add(withExcerpt(row, hit.excerptHtml()));
        }
        return section;
    }

    String ratingName(String code) {
        return ratings.find(code)
                .map(entry -> entry.name(SearchFacets.readerLocale()))
                .orElse(code);
    }

    private static Anchor link(String href, String html) {
        Anchor open = new Anchor(href);
        open.add(new Html("<span>" + html + "</span>"));
        return open;
    }

    private static Div row(Anchor open) {
        Div row = new Div(open);
        row.addClassName("search-hit");
        return row;
    }

    private static Div withExcerpt(Div row, String excerptHtml) {
        if (excerptHtml != null) {
            Div excerpt = new Div(new Html("<span>… " + excerptHtml + " …</span>"));
            excerpt.addClassName("search-excerpt");
            row.add(excerpt);
        }
        return row;
    }

    private Div section(String id, String titleKey, int count) {
        Div section = new Div();
        section.setId(id);
        section.setWidthFull();
        section.add(new H3(host.getTranslation(titleKey, count)));
        if (count == 0) {
            section.add(Badges.emptyState(host, "search.none"));
        } else if (count == limit) {
            section.add(new Paragraph(host.getTranslation("search.first", limit)));
        }
        return section;
    }
}
