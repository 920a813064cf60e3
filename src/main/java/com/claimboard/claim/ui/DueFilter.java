package com.claimboard.claim.ui;

import java.time.LocalDate;

/** The board's choices of due date, each the last day a card may be due on to show. */
enum DueFilter {
    OVERDUE,
    TODAY,
    THIS_WEEK;

    LocalDate dueBy(LocalDate today) {
        return switch (this) {
            case OVERDUE -> today.minusDays(1);
            case TODAY -> today;
            case THIS_WEEK -> today.plusDays(7);
        };
    }

    String messageKey() {
        return "board.due." + name();
    }
}
