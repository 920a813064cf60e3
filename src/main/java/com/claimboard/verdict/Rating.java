package com.claimboard.verdict;

/**
 * The default rating scale. {@code ratingValue} is ClaimReview's number (worst 1, best 5); ratings outside the
 * true–false line have none and are published by name only.
 */
public enum Rating {
    TRUE(5, "True"),
    MOSTLY_TRUE(4, "Mostly true"),
    HALF_TRUE(3, "Half true"),
    MOSTLY_FALSE(2, "Mostly false"),
    FALSE(1, "False"),
    MISLEADING(null, "Misleading"),
    UNPROVEN(null, "Unproven");

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final Integer ratingValue;
    private final String alternateName;

    Rating(Integer ratingValue, String alternateName) {
        this.ratingValue = ratingValue;
        this.alternateName = alternateName;
    }

    /** ClaimReview's ratingValue, or null where the scale gives none. */
    public Integer ratingValue() {
        return ratingValue;
    }

    /** The rating's published name, as machines read it in ClaimReview. */
    public String alternateName() {
        return alternateName;
    }

    public String messageKey() {
        return "rating." + name();
    }
}
