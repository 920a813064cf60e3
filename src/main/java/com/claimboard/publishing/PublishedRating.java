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

    /** For the page's style sheet: {@code rating-mostly_false}. */
    public String cssName() {
        return code.toLowerCase(Locale.ROOT);
    }
}
