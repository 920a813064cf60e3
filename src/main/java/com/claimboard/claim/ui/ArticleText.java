package com.claimboard.claim.ui;

import com.claimboard.claim.ClaimSummary;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * An article's text with each card's span highlighted, drawn in one piece: the server writes the escaped text
 * and its spans as HTML once, and one listener on the whole text hears clicks and Enter or space on any span.
 * An article of 250,000 characters with its 2,000 cards is one element to send, not 4,000 components.
 */
class ArticleText extends Div {

    /** What the browser sends with a click or a key: the id of the card whose span it was on. */
    static final String CHOSEN_CARD =
            "event.target.closest('.claim-span') ? event.target.closest('.claim-span').id.substring(5) : ''";

    /** Only a click on a span is sent to the server. */
    static final String ON_A_SPAN = "event.target.closest('.claim-span') != null";

    ArticleText(LongConsumer onChoose) {
        addClassName("article-text");
        setId("article-text");
        getElement()
                .addEventListener(
                        "click",
                        event -> choose(event.getEventData().path(CHOSEN_CARD).asString(""), onChoose))
                .addEventData(CHOSEN_CARD)
                .setFilter(ON_A_SPAN);
        // Tab reaches each span; Enter or the space bar chooses it (and is kept from scrolling the page).
        getElement()
                .addEventListener(
                        "keydown",
                        event -> choose(event.getEventData().path(CHOSEN_CARD).asString(""), onChoose))
                .addEventData(CHOSEN_CARD)
                .setFilter(
                        "event.target.classList.contains('claim-span') && (event.key === 'Enter' || event.key === ' ')"
                                + " && (event.preventDefault(), true)");
    }

    private static void choose(String card, LongConsumer onChoose) {
        if (card != null && card.matches("\\d{1,18}")) {
            onChoose.accept(Long.parseLong(card));
        }
    }

    /**
     * Draws the text with the cards' spans; overlapping spans cannot both be drawn, the later one is left out.
     * Each paragraph is a block of its own that the browser lays out only when it comes into view (CSS
     * content-visibility), so a long article opens as fast as its first screen; a span that runs over a line
     * break (two cards merged across paragraphs) keeps its paragraphs in one block.
     */
    void show(String body, List<ClaimSummary> cardsInTextOrder, Long selected) {
        StringBuilder html = new StringBuilder(body.length() + cardsInTextOrder.size() * 100);
        html.append("<div class=\"para\">");
        int position = 0;
        for (ClaimSummary card : cardsInTextOrder) {
            if (card.start() < position || card.end() > body.length()) {
                continue;
            }
            text(body, position, card.start(), html);
            html.append("<span class=\"claim-span state-")
                    .append(card.state()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'))
                    .append(card.id().equals(selected) ? " selected" : "")
                    .append("\" id=\"span-")
                    .append(card.id())
                    .append("\" tabindex=\"0\" role=\"button\">");
            escape(body, card.start(), card.end(), html); // inside a span, a line break stays a line break
            html.append("</span>");
            position = card.end();
        }
        text(body, position, body.length(), html);
        html.append("</div>");
        getElement().setProperty("innerHTML", html.toString());
    }

    /** Text between spans: each line break starts a new paragraph block. */
    private static void text(String body, int from, int to, StringBuilder html) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (body.charAt(i) == '\n') {
                escape(body, start, i, html);
                html.append("</div><div class=\"para\">");
                start = i + 1;
            }
        }
        escape(body, start, to, html);
    }

    /** Marks the chosen card's span, and brings it into view when the choice came from the list. */
    void select(Long previous, long card, boolean scroll) {
        getElement().executeJs("""
                        const old = $0 === null ? null : this.querySelector('#span-' + $0);
                        if (old) old.classList.remove('selected');
                        const span = this.querySelector('#span-' + $1);
                        if (span) { span.classList.add('selected'); if ($2) span.scrollIntoView({block: 'center'}); }
                        """, previous == null ? null : previous.toString(), Long.toString(card), scroll);
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
