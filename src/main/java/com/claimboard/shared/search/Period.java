package com.claimboard.shared.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

/**
 * How recent a result is, for the search page's date facet: changed in the past week, month or year, or longer
 * ago. The first three overlap (what changed this week also changed this month), as a reader expects of "the
 * past month". Each indexed entity names the moment it counts from in the field {@link #FIELD}.
 */
public enum Period {
    WEEK("week", Duration.ofDays(7)),
    MONTH("month", Duration.ofDays(30)),
    YEAR("year", Duration.ofDays(365)),
    OLDER("older", Duration.ofDays(365));

    /** The indexed moment (an {@link Instant}, aggregable) every searchable entity is dated by. */
    public static final String FIELD = "changedAt";

    private final String key;
    private final Duration span;

    Period(String key, Duration span) {
        this.key = key;
        this.span = span;
    }

    /** The word the search page's address uses ({@code date=week}). */
    public String key() {
        return key;
    }

    /** The key of its label in the workspace's translations. */
    public String messageKey() {
        return "search.date." + key;
    }

    /** The period an address names; empty for anything else. */
    public static Optional<Period> of(String key) {
        return Arrays.stream(values()).filter(period -> period.key.equals(key)).findFirst();
    }

    /** The moments this period holds, counted back from {@code now}. */
    public Range<Instant> range(Instant now) {
        Instant from = now.minus(span);
        return this == OLDER ? Range.lessThan(from) : Range.atLeast(from);
    }

    /** Only what falls in this period. */
    public SearchPredicate within(SearchPredicateFactory f, Instant now) {
        return f.range().field(FIELD).within(range(now)).toPredicate();
    }

    /**
     * How many of {@code type} that {@code words} match fall in each period (whatever period was chosen: the facet
     * shows what choosing another would give).
     */
    public static Map<Period, Long> count(SearchSession session, Class<?> type, SearchPredicate words, Instant now) {
        AggregationKey<Map<Range<Instant>, Long>> ranges = AggregationKey.of("byPeriod");
        Map<Range<Instant>, Long> counts = session.search(type)
                .where(words)
                .aggregation(
                        ranges,
                        f -> f.range()
                                .field(FIELD, Instant.class)
                                .range(WEEK.range(now))
                                .range(MONTH.range(now))
                                .range(YEAR.range(now))
                                .range(OLDER.range(now)))
                .fetch(0)
                .aggregation(ranges);
        Map<Period, Long> byPeriod = new EnumMap<>(Period.class);
        for (Period period : values()) {
            long count = counts.getOrDefault(period.range(now), 0L);
            if (count > 0) {
                byPeriod.put(period, count);
            }
        }
        return byPeriod;
    }
}
