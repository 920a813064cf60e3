package com.claimboard.publishing;

import java.util.Locale;

/**
 * A rating as it was when the verdict was published: its code, its names in both languages and its ClaimReview
 * value. Renaming the rating later does not change what was published under it.
 */
public record PublishedRating(String code, String nameEn, String nameFr, Integer value) {

    public String name(Locale locale) {
        String french = nameFr != null ? nameFr : nameEn;
        String english = nameEn != null ? nameEn : code;
        return locale != null && "fr".equals(locale.getLanguage()) ? french : english;
    }

    /**
     * The rating's colour where no style sheet reaches (the share image): green towards true, amber in the
     * middle, red towards false, the site's own for the default scale's other ratings, grey otherwise.
     */
    public java.awt.Color colour() {
        if (value != null) {
            return value >= 4
                    ? new java.awt.Color(0x1e7b34)
                    : value == 3 ? new java.awt.Color(0x8f5b00) : new java.awt.Color(0xb3261e);
        }
        return "MISLEADING".equals(code) ? new java.awt.Color(0x7b3fa0) : new java.awt.Color(0x555555);
    }

    /** For the page's style sheet: {@code rating-mostly_false}. */
    public String cssName() {
        return code.toLowerCase(Locale.ROOT);
    }
}
