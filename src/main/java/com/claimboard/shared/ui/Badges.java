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
