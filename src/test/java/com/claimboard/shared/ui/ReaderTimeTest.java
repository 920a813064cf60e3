package com.claimboard.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dates as the reader reads them: the picker in the workspace's language with the week starting on Monday in
 * French, and the history's times in the language of the workspace and the time zone the browser reports.
 */
class ReaderTimeTest extends KaribuTest {

    @Autowired
    ClaimService claims;

    /** What the browser reports on load, reduced to its time zone. */
    private static void browserIn(String zone) {
        UI ui = UI.getCurrent();
        ui.getInternals()
                .setExtendedClientDetails(new ExtendedClientDetails(
                        ui, null, null, null, null, null, null, null, null, null, null, zone, null, null, null, null,
                        null, null, null));
    }

    @Test
    void the_french_date_picker_names_months_and_days_in_french_and_starts_the_week_on_monday() {
        signIn("rita", "REVIEWER");
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("app/import");

        DatePicker.DatePickerI18n i18n = _get(DatePicker.class, spec -> spec.withId("import-published-on"))
                .getI18n();

        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames()).startsWith("Janvier", "Février").endsWith("Décembre");
        assertThat(i18n.getWeekdays()).startsWith("Dimanche", "Lundi");
        assertThat(i18n.getWeekdaysShort()).startsWith("Dim.", "Lun.");
        assertThat(i18n.getToday()).isEqualTo("Aujourd'hui");
        assertThat(i18n.getBadInputErrorMessage()).startsWith("Ce n'est pas une date");
    }

    @Test
    void the_english_date_picker_names_months_and_days_in_english() {
        signIn("rita", "REVIEWER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("app/import");

        DatePicker.DatePickerI18n i18n = _get(DatePicker.class, spec -> spec.withId("import-published-on"))
                .getI18n();

        assertThat(i18n.getMonthNames()).startsWith("January", "February");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }

    @Test
    void history_times_are_in_the_readers_language_and_time_zone() {
        ClaimSummary card = workflow.card("Rents rose 9 percent in Lyon.");
        signIn("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        UI.getCurrent().setLocale(Locale.FRENCH);
        browserIn("Pacific/Auckland");
        navigate("app/claims/" + card.id());

        List<String> entries = _find(ListItem.class, spec -> spec.withClasses("history-entry")).stream()
                .map(ListItem::getText)
                .toList();

        assertThat(entries).isNotEmpty();
        String first = entries.getFirst();
        // The entry's time, read back in the zone it was written for, is within the last few minutes.
        DateTimeFormatter french = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.FRENCH)
                .withZone(ZoneId.of("Pacific/Auckland"));
        String now = french.format(Instant.now());
        String minuteAgo = french.format(Instant.now().minusSeconds(60));
        assertThat(first).matches(entry -> entry.startsWith(now) || entry.startsWith(minuteAgo), "starts with " + now);
        String utc = french.withZone(ZoneId.of("UTC")).format(Instant.now());
        assertThat(first).as("not the server's UTC").doesNotStartWith(utc);
    }

    @Test
    void before_the_browser_has_reported_its_zone_times_are_in_utc() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Instant noon = Instant.parse("2026-12-02T12:05:00Z");

        assertThat(ReaderTime.dateTime(UI.getCurrent(), noon)).isEqualTo("Dec 2, 2026, 12:05\u202fPM");

        browserIn("Europe/Paris");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(ReaderTime.dateTime(UI.getCurrent(), noon)).isEqualTo("2 déc. 2026 13:05");
    }
}
