package com.claimboard.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as the reader reads them: in the language of the workspace and the time zone of their browser
 * (never the server's), and date pickers in that language with the week starting where it starts for them
 * (Monday in France, Sunday in the United States).
 */
public final class ReaderTime {

    private ReaderTime() {}

    /** The workspace's language for this reader. */
    public static Locale locale(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The reader's time zone, as their browser reports it; UTC until it has. */
    public static ZoneId zone(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null
                || details.getTimeZoneId() == null
                || details.getTimeZoneId().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    /** "2 déc. 2026 14:05" or "Dec 2, 2026, 2:05 PM", in the reader's zone. */
    public static String dateTime(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(component))
                .withZone(zone(component))
                .format(instant);
    }

    /** "14:05:30" or "2:05:30 PM", in the reader's zone. */
    public static String time(Component component, Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(locale(component))
                .withZone(zone(component))
                .format(instant);
    }

    /** "2 déc. 2026" or "Dec 2, 2026". */
    public static String date(Component component, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(component))
                .format(date);
    }

    /** A date picker speaking the reader's language: month and day names, first day of the week, date format. */
    public static DatePicker localised(DatePicker picker) {
        Locale locale = locale(picker);
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                .toList());
        // The picker wants the week from Sunday, whatever day it then shows first.
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream()
                .map(day -> capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                .toList());
        i18n.setWeekdaysShort(fromSunday.stream()
                .map(day -> capitalised(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale))
                .toList());
        i18n.setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(picker.getTranslation("date.bad-input"));
        picker.setI18n(i18n);
        return picker;
    }

    /**
     * Where the reader's week starts. A language alone does not say (Java starts every week of "fr" on Sunday), so
     * the region comes from the browser when it names one in the same language (fr-CA: Sunday, en-GB: Monday);
     * French without a region is taken as France's, Monday.
     */
    static DayOfWeek firstDayOfWeek(Locale language) {
        VaadinSession session = VaadinSession.getCurrent();
        WebBrowser browser = session == null ? null : session.getBrowser();
        Locale asked = browser == null ? null : browser.getLocale();
        if (asked != null
                && asked.getLanguage().equals(language.getLanguage())
                && !asked.getCountry().isEmpty()) {
            return WeekFields.of(asked).getFirstDayOfWeek();
        }
        if (language.getCountry().isEmpty() && language.getLanguage().equals("fr")) {
            return WeekFields.of(Locale.FRANCE).getFirstDayOfWeek();
        }
        return WeekFields.of(language).getFirstDayOfWeek();
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
