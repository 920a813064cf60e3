package com.claimboard.verdict.ui;

import com.claimboard.source.PassageView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The passages marked in a source's stored copy, quoted with how they bear on the claim. */
final class Passages {

    private Passages() {}

    static Div list(Component owner, List<PassageView> passages) {
        Div list = new Div();
        list.addClassName("passages");
        for (PassageView passage : passages) {
            Div row = new Div();
            row.addClassName("passage-row");
            row.setId("passage-row-" + passage.id());
            Span stance = new Span(owner.getTranslation(passage.stance().messageKey()));
            stance.getElement().getThemeList().add("badge small " + theme(passage));
            row.add(stance);
            if (passage.found()) {
                Anchor quote = new Anchor(
                        "app/sources/" + passage.sourceId() + "?passage=" + passage.id(),
                        "\u201c" + passage.quote().exact() + "\u201d");
                quote.addClassName("passage-quote");
                row.add(quote);
            } else {
                Span quote = new Span("\u201c" + passage.quote().exact() + "\u201d");
                quote.addClassName("passage-quote");
                Span lost = new Span(owner.getTranslation("passage.not-found"));
                lost.addClassName("passage-not-found");
                row.add(quote, lost);
            }
            list.add(row);
        }
        return list;
    }

    private static String theme(PassageView passage) {
        return switch (passage.stance()) {
            case SUPPORTS -> "success";
            case REFUTES -> "error";
            case CONTEXT -> "contrast";
        };
    }
}
