package com.claimboard.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Small labels: states as coloured badges, ages as "3 h". */
public final class Badges {

    private Badges() {}

    /** A badge for an enum value: its translated name, coloured by the value. */
    public static Span of(Component host, Enum<?> value, String messageKey) {
        Span badge = new Span(host.getTranslation(messageKey));
        badge.addClassNames(
                "badge", "badge-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** One small grey badge per label, such as a card's check-worthiness reasons. */
    public static List<Span> tags(Component host, List<String> messageKeys) {
        return messageKeys.stream()
                .map(key -> {
                    Span badge = new Span(host.getTranslation(key));
                    badge.addClassNames("badge", "badge-reason");
                    return badge;
                })
                .toList();
    }

    /** The line shown where a list has nothing in it yet. */
    public static Paragraph emptyState(Component host, String key) {
        Paragraph empty = new Paragraph(host.getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    public static String age(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        if (age.toMinutes() < 1) {
            return "<1 min";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h";
        }
        return age.toDays() + " d";
    }
}
