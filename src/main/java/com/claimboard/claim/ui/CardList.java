package com.claimboard.claim.ui;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.ui.Badges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * An article's cards as a virtual list: only the cards in view are drawn, however long the article. Each card
 * shows its state, score, reasons and speaker, and the buttons for what the reader may do with it, as the card's
 * summary says; nothing else is offered.
 */
class CardList extends VirtualList<ClaimSummary> {

    private final LongConsumer onChoose;
    private final BiConsumer<ClaimAction, ClaimSummary> onAction;
    private List<ClaimSummary> cards = List.of();
    private Long selected;

    CardList(LongConsumer onChoose, BiConsumer<ClaimAction, ClaimSummary> onAction) {
        this.onChoose = onChoose;
        this.onAction = onAction;
        addClassName("card-list");
        setId("card-list");
        // A virtual list draws only what fits its height: the height of the screen, whatever the article's.
        setHeight("calc(100vh - 110px)");
        getStyle().set("flex", "none");
        setRenderer(new ComponentRenderer<Component, ClaimSummary>(this::item));
    }

    void show(List<ClaimSummary> cardsInTextOrder, Long selectedCard) {
        this.cards = List.copyOf(cardsInTextOrder);
        this.selected = selectedCard;
        setItems(cards);
    }

    List<ClaimSummary> cards() {
        return cards;
    }

    /** Marks the chosen card, and scrolls the list to it when the choice came from the text. */
    void select(long card, boolean scroll) {
        Long previous = selected;
        selected = card;
        cards.stream()
                .filter(c -> c.id().equals(previous) || c.id() == card)
                .forEach(c -> getDataProvider().refreshItem(c));
        if (scroll) {
            int index = indexOf(card);
            if (index >= 0) {
                scrollToIndex(index);
            }
        }
    }

    Long selected() {
        return selected;
    }

    private int indexOf(long card) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == card) {
                return i;
            }
        }
        return -1;
    }

    Div item(ClaimSummary card) {
        Div item = new Div();
        item.addClassName("card-item");
        if (card.id().equals(selected)) {
            item.addClassName("selected");
        }
        item.setId("card-" + card.id());
        HorizontalLayout badges = new HorizontalLayout(
                Badges.of(this, card.state(), card.state().messageKey()),
                new Span(Math.round(card.checkworthiness() * 100) + " %"));
        badges.setSpacing(true);
        Badges.tags(this, card.reasons().stream().map(r -> r.messageKey()).toList())
                .forEach(badges::add);
        Span words = new Span(card.text());
        words.addClassName("card-text");
        item.add(badges, words);
        if (card.speaker() != null) {
            item.add(muted(getTranslation(
                    card.speakerByContext() ? "claim.speaker-by-context" : "claim.speaker", card.speaker())));
        }
        if (card.reworded()) {
            item.add(muted(getTranslation("article.original-words", card.originalText())));
        }
        if (card.state() == ClaimState.DISMISSED) {
            item.addClassName("dismissed");
            if (card.dismissReason() != null) {
                item.add(muted(getTranslation("claim.dismissed-because", card.dismissReason())));
            }
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.add(new Anchor("app/claims/" + card.id(), getTranslation("article.open-card")));
        for (ClaimAction action : List.of(
                ClaimAction.REWORD, ClaimAction.DISMISS, ClaimAction.RESTORE, ClaimAction.SPLIT, ClaimAction.MERGE)) {
            if (card.allows(action)) {
                actions.add(button(action, card));
            }
        }
        item.add(actions);
        // Clicked, or reached with Tab and chosen with Enter or the space bar.
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("role", "button");
        item.addClickListener(click -> onChoose.accept(card.id()));
        item.getElement()
                .addEventListener("keydown", event -> onChoose.accept(card.id()))
                .setFilter("event.target === element && (event.key === 'Enter' || event.key === ' ')"
                        + " && (event.preventDefault(), true)");
        return item;
    }

    private Button button(ClaimAction action, ClaimSummary card) {
        Button button =
                new Button(getTranslation(ArticleView.labelKey(action)), click -> onAction.accept(action, card));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(action.code() + "-" + card.id());
        return button;
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("muted");
        return paragraph;
    }
}
