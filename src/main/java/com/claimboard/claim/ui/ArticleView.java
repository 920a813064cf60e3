package com.claimboard.claim.ui;

import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.Links;
import com.claimboard.shared.ui.LiveUpdates;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * An article with its claim cards: the text with each card's span highlighted beside the list of cards.
 * Choosing a span finds its card, choosing a card finds its place (by mouse, or Tab then Enter). Each card offers
 * what the domain allows the reader: reword (the article's words are kept), split, merge with the next one,
 * dismiss with a reason, restore. Each edit goes to the card's history.
 */
@Route("app/articles/:articleId")
@RolesAllowed(Roles.REVIEWER)
public class ArticleView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ArticleService articles;

    private final VerticalLayout articleColumn = new VerticalLayout();
    private final Div header = new Div();
    final ArticleText text;
    final CardList cardList;
    private final Div emptyState = new Div();
    private final CardEdits edits;
    private long articleId;
    private ArticleSummary article;
    private String body;

    private volatile java.util.Set<Long> shown = java.util.Set.of();

    ArticleView(ClaimService claims, ArticleService articles, Broadcast broadcast) {
        this.claims = claims;
        this.articles = articles;
        this.text = new ArticleText(card -> select(card, true));
        this.cardList = new CardList(card -> select(card, false), this::act);
        this.edits = new CardEdits(this, claims, this::refresh);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.START);
        articleColumn.setId("article-column");
        articleColumn.add(header, text);
        VerticalLayout cardColumn = new VerticalLayout(emptyState, cardList);
        cardColumn.setPadding(false);
        cardColumn.addClassName("card-column");
        add(articleColumn, cardColumn);
        setFlexGrow(3, articleColumn);
        setFlexGrow(2, cardColumn);
        // Cards others take, edit, split or merge change here at once.
        LiveUpdates.follow(
                this,
                broadcast,
                change -> change.is(Change.Topic.ARTICLE, articleId)
                        || (change.topic() == Change.Topic.CLAIM && shown.contains(change.id())),
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            articleId = event.getRouteParameters().getLong("articleId").orElseThrow(() -> new NotFound("article", "?"));
            article = articles.summary(articleId);
            body = articles.text(articleId);
            renderHeader();
            refresh();
        } catch (NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Draws the cards as they are now (after an edit, or when someone else changed one). */
    void refresh() {
        List<ClaimSummary> cards = claims.cardsOf(articleId).stream()
                .filter(card -> card.mergedInto() == null) // its words are another card's now
                .sorted(Comparator.comparingInt(ClaimSummary::start))
                .toList();
        shown = cards.stream().map(ClaimSummary::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Long selected = cardList.selected();
        text.show(body, cards, selected);
        cardList.show(cards, selected);
        emptyState.removeAll();
        if (cards.isEmpty()) {
            emptyState.add(Badges.emptyState(this, "article.no-cards"));
        }
    }

    private void renderHeader() {
        header.removeAll();
        Div meta = new Div();
        meta.addClassName("muted");
        meta.setId("article-meta");
        java.util.function.Consumer<com.vaadin.flow.component.Component> part = component -> {
            if (meta.getComponentCount() > 0) {
                meta.add(new Span(" · "));
            }
            meta.add(component);
        };
        if (article.outlet() != null) {
            part.accept(new Span(article.outlet()));
        }
        if (article.byline() != null) {
            part.accept(new Span(article.byline()));
        }
        if (article.publishedOn() != null) {
            part.accept(new Span(ReaderTime.date(this, article.publishedOn())));
        }
        if (article.url() != null) {
            var address = Links.external(article.url(), article.url());
            address.setId("article-url");
            part.accept(address);
        }
        header.add(
                new H2(article.title()), meta, new Anchor("app?article=" + articleId, getTranslation("article.board")));
    }

    /** Marks a card and its span; brings the other side of the choice into view. */
    void select(long cardId, boolean fromText) {
        Long previous = cardList.selected();
        cardList.select(cardId, fromText);
        text.select(previous, cardId, !fromText);
    }

    private void act(ClaimAction action, ClaimSummary card) {
        switch (action) {
            case REWORD -> edits.reword(card);
            case SPLIT -> edits.split(card);
            case DISMISS -> edits.dismiss(card);
            case RESTORE -> {
                if (Messages.attempt(this, () -> claims.restore(card.id(), card.version()))) {
                    Messages.success(this, "article.restored");
                }
                refresh();
            }
            case MERGE -> {
                if (Messages.attempt(this, () -> claims.mergeWithNext(card.id(), card.version()))) {
                    Messages.success(this, "article.merged");
                }
                refresh();
            }
            default -> throw new IllegalArgumentException("no card button for " + action);
        }
    }

    /** The button's words for an action offered on a card. */
    static String labelKey(ClaimAction action) {
        return switch (action) {
            case REWORD -> "article.reword";
            case DISMISS -> "claim.dismiss";
            case RESTORE -> "claim.restore";
            case SPLIT -> "article.split";
            case MERGE -> "article.merge";
            default -> throw new IllegalArgumentException("no card button for " + action);
        };
    }

    /** Splits a card as the split dialog does, for tests. */
    boolean split(ClaimSummary card, String firstPart) {
        return edits.split(card, firstPart);
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "" : article.title() + " · ") + getTranslation("app.name");
    }
}
