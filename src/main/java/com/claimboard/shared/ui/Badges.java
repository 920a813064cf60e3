package com.claimboard.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** Small labels: states as coloured badges, ages as "3 h". */
public final class Badges {

    private Badges() {}

    /** A badge for an enum value, translated under {@code prefix + name}. */
    public static Span of(Component host, String prefix, Enum<?> value) {
        Span badge = new Span(host.getTranslation(prefix + value.name()));
        badge.addClassNames("badge", "badge-" + value.name().toLowerCase().replace('_', '-'));
        return badge;
    }

    /** One small badge per check-worthiness reason, translated under "reason.". */
    public static java.util.List<Span> reasons(Component host, java.util.List<String> reasons) {
        return reasons.stream()
                .map(reason -> {
                    Span badge = new Span(host.getTranslation("reason." + reason));
                    badge.addClassNames("badge", "badge-reason");
                    return badge;
                })
                .toList();
    }

    /** The line shown where a list has nothing in it yet. */
    public static com.vaadin.flow.component.html.Paragraph emptyState(Component host, String key) {
        var empty = new com.vaadin.flow.component.html.Paragraph(host.getTranslation(key));
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
