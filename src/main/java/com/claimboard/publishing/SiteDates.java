package com.claimboard.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as a reader of the page's language writes them: "1 December 2026" or "1 décembre 2026", and times in UTC
 * (a page cached for everyone cannot know the reader's zone; the {@code time} element carries the exact instant).
 */
public final class SiteDates {

    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    SiteDates(Locale locale) {
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    public String day(Instant instant) {
        return instant == null ? "" : day(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** "1 December 2026, 14:05 UTC". */
    public String time(Instant instant) {
        return instant == null ? "" : day(instant) + ", " + time.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }
}
