package com.claimboard.verdict;

import java.util.Locale;

/**
 * A rating of the desk's scale as it stands now. {@code ratingValue} is ClaimReview's number (1 worst, 5 best),
 * or null for a rating outside the true–false line. A retired rating stays on what it rated and leaves the picker.
 */
public record RatingEntry(
        String code,
        String nameEn,
        String nameFr,
        String descriptionEn,
        String descriptionFr,
        Integer ratingValue,
        int position,
        boolean retired,
        long version) {

    public String name(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String description(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? descriptionFr : descriptionEn;
    }
}
