package com.claimboard.claim.ui;

import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReasonDialog;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article with its claim cards: the text with each card's span highlighted beside the list of cards.
 * Clicking a span finds its card, clicking a card finds its place (or Tab, then Enter). New cards can be reworded
 * (the article's words are kept), split in two, merged with the next one or dismissed with a reason; dismissed
 * cards stay listed, struck through, and can be restored. Each edit goes to the card's history.
 */
@Route("app/articles/:articleId")
@RolesAllowed(Roles.REVIEWER)
public class ArticleView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ArticleService articles;

    private final VerticalLayout articleColumn = new VerticalLayout();
    private final Div text = new Div();
    private final VerticalLayout cardList = new VerticalLayout();
    private final Map<Long, Span> spans = new HashMap<>();
    private final Map<Long, Div> items = new HashMap<>();
    private long articleId;
    private ArticleSummary article;
    Long selected;

    ArticleView(ClaimService claims, ArticleService articles) {
        this.claims = claims;
        this.articles = articles;
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.START);
        text.addClassName("article-text");
        text.setId("article-text");
        cardList.addClassName("card-list");
        cardList.setId("card-list");
        cardList.setPadding(false);
        articleColumn.setId("article-column");
        add(articleColumn, cardList);
        setFlexGrow(3, articleColumn);
        setFlexGrow(2, cardList);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            articleId = event.getRouteParameters().getLong("articleId").orElseThrow(() -> new NotFound("article", "?"));
            render();
        } catch (NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        article = articles.summary(articleId);
        String body = articles.text(articleId);
        List<ClaimSummary> cards = claims.cardsOf(articleId).stream()
                .filter(card -> card.mergedInto() == null) // its words are another card's now
                .sorted(java.util.Comparator.comparingInt(ClaimSummary::start))
                .toList();

        articleColumn.removeAll();
        Paragraph meta = new Paragraph(String.join(
                " · ",
                java.util.stream.Stream.of(
                                article.outlet(),
                                article.byline(),
                                article.publishedOn() == null
                                        ? null
                                        : article.publishedOn().toString())
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        meta.addClassName("muted");
        articleColumn.add(
                new H2(article.title()),
                meta,
                new Anchor("app?article=" + articleId, getTranslation("article.board")),
                text);

        text.removeAll();
        spans.clear();
        int position = 0;
        for (ClaimSummary card : cards) {
            if (card.start() < position) {
                continue; // overlapping spans cannot both be drawn; the list still shows the card
            }
            text.add(new Text(body.substring(position, card.start())));
            Span span = new Span(body.substring(card.start(), card.end()));
            span.addClassNames(
                    "claim-span", "state-" + card.state().name().toLowerCase().replace('_', '-'));
            span.setId("span-" + card.id());
            span.getElement().setAttribute("title", Math.round(card.checkworthiness() * 100) + " %");
            selectable(span, () -> select(card.id(), true));
            spans.put(card.id(), span);
            text.add(span);
            position = card.end();
        }
        text.add(new Text(body.substring(position)));

        cardList.removeAll();
        items.clear();
        if (cards.isEmpty()) {
            cardList.add(Badges.emptyState(this, "article.no-cards"));
        }
        for (ClaimSummary card : cards) {
            Div item = cardItem(card);
            items.put(card.id(), item);
            cardList.add(item);
        }
        if (selected != null && items.containsKey(selected)) {
            select(selected, false);
        }
    }

    private Div cardItem(ClaimSummary card) {
        Div item = new Div();
        item.addClassName("card-item");
        item.setId("card-" + card.id());
        Span words = new Span(card.text());
        words.addClassName("card-text");
        HorizontalLayout badges = new HorizontalLayout(
                Badges.of(this, "state.", card.state()), new Span(Math.round(card.checkworthiness() * 100) + " %"));
        badges.setSpacing(true);
        Badges.reasons(this, card.reasons()).forEach(badges::add);
        item.add(badges, words);
        if (card.speaker() != null) {
            Paragraph speaker = new Paragraph(getTranslation(
                    card.speakerByContext() ? "claim.speaker-by-context" : "claim.speaker", card.speaker()));
            speaker.addClassName("muted");
            item.add(speaker);
        }
        if (card.reworded()) {
            Paragraph original = new Paragraph(getTranslation("article.original-words", card.originalText()));
            original.addClassName("muted");
            item.add(original);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(new Anchor("app/claims/" + card.id(), getTranslation("article.open-card")));
        if (card.state() != ClaimState.IN_REVIEW
                && card.state() != ClaimState.PUBLISHED
                && card.state() != ClaimState.WITHDRAWN) {
            actions.add(small("article.reword", "reword-" + card.id(), () -> askReword(card)));
        }
        if (card.state() == ClaimState.NEW) {
            actions.add(small("claim.dismiss", "dismiss-" + card.id(), () -> askDismissReason(card)));
        }
        if (card.state() == ClaimState.DISMISSED) {
            item.addClassName("dismissed");
            Paragraph reason = new Paragraph(getTranslation("claim.dismissed-because", card.dismissReason()));
            reason.addClassName("muted");
            item.add(reason);
            actions.add(small("claim.restore", "restore-" + card.id(), () -> {
                if (Messages.attempt(this, () -> claims.restore(card.id()))) {
                    Messages.success(this, "article.restored");
                }
                render();
            }));
        }
        if (card.state() == ClaimState.NEW && !card.reworded()) {
            actions.add(small("article.split", "split-" + card.id(), () -> askSplit(card)));
            actions.add(small("article.merge", "merge-" + card.id(), () -> {
                if (Messages.attempt(this, () -> claims.mergeWithNext(card.id()))) {
                    Messages.success(this, "article.merged");
                }
                render();
            }));
        }
        item.add(actions);
        selectable(item, () -> select(card.id(), false));
        return item;
    }

    /** Clicked, or reached with Tab and chosen with Enter or the space bar. */
    private static <T extends Component & ClickNotifier<T>> void selectable(T component, Runnable action) {
        component.getElement().setAttribute("tabindex", "0");
        component.getElement().setAttribute("role", "button");
        component.addClickListener(click -> action.run());
        component
                .getElement()
                .addEventListener("keydown", event -> action.run())
                // Only Enter and space are taken (and kept from scrolling the page); Tab still moves on.
                .setFilter("event.target === element && (event.key === 'Enter' || event.key === ' ')"
                        + " && (event.preventDefault(), true)");
    }

    private Button small(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    /** Marks a card and its span; scrolls to the other side of the click. */
    void select(long cardId, boolean fromText) {
        if (selected != null) {
            if (spans.containsKey(selected)) {
                spans.get(selected).removeClassName("selected");
            }
            if (items.containsKey(selected)) {
                items.get(selected).removeClassName("selected");
            }
        }
        selected = cardId;
        Span span = spans.get(cardId);
        Div item = items.get(cardId);
        if (span != null) {
            span.addClassName("selected");
        }
        if (item != null) {
            item.addClassName("selected");
        }
        if (fromText && item != null) {
            item.scrollIntoView();
        } else if (!fromText && span != null) {
            span.scrollIntoView();
        }
    }

    private void askDismissReason(ClaimSummary card) {
        ReasonDialog.open(this, "claim.dismiss", "claim.dismiss-reason", reason -> {
            boolean done = Messages.attempt(this, () -> claims.dismiss(card.id(), reason));
            if (done) {
                Messages.success(this, "article.dismissed");
                render();
            }
            return done;
        });
    }

    private void askReword(ClaimSummary card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("article.reword"));
        TextArea words = new TextArea(getTranslation("article.reword.label"));
        words.setValue(card.text());
        words.setWidth("40em");
        words.setId("reword-text");
        Button save = new Button(getTranslation("article.save"), click -> {
            if (Messages.attempt(this, () -> claims.reword(card.id(), words.getValue()))) {
                dialog.close();
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reword-save");
        dialog.add(words);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        words.focus();
    }

    /** The reviewer deletes the end of the text where the first card should stop; the rest becomes a new card. */
    private void askSplit(ClaimSummary card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("article.split"));
        TextArea first = new TextArea(getTranslation("article.split.label"));
        first.setHelperText(getTranslation("article.split.help"));
        first.setValue(card.text());
        first.setWidth("40em");
        first.setId("split-first-part");
        Button save = new Button(getTranslation("article.split"), click -> {
            if (split(card, first.getValue())) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("split-save");
        dialog.add(first);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        first.focus();
    }

    boolean split(ClaimSummary card, String firstPart) {
        String kept = firstPart.stripTrailing();
        if (kept.isEmpty()
                || !card.text().startsWith(kept)
                || kept.length() >= card.text().strip().length()) {
            Messages.error(this, "claim.error.split-point");
            return false;
        }
        boolean done = Messages.attempt(this, () -> claims.split(card.id(), kept.length()));
        if (done) {
            Messages.success(this, "article.was-split");
            render();
        }
        return done;
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "" : article.title() + " · ") + getTranslation("app.name");
    }
}
