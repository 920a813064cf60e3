package com.claimboard.verdict;

/**
 * The codes of the rating scale a new database starts with (migration V11; the scale itself, with its names, is
 * the database's: {@link RatingScale}). {@code ratingValue} is ClaimReview's number (worst 1, best 5); ratings outside the
 * true–false line have none and are published by name only.
 */
public enum Rating {
    TRUE(5),
    MOSTLY_TRUE(4),
    HALF_TRUE(3),
    MOSTLY_FALSE(2),
    FALSE(1),
    MISLEADING(null),
    UNPROVEN(null);

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final Integer ratingValue;

    Rating(Integer ratingValue) {
        this.ratingValue = ratingValue;
    }

    /** ClaimReview's ratingValue, or null where the scale gives none. */
    public Integer ratingValue() {
        return ratingValue;
    }

    public String messageKey() {
        return "rating." + name();
    }
}
