package com.claimboard.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One rating of the desk's scale: its names and meanings in both languages, its ClaimReview value, its place. */
@Entity
@Table(name = "ratings")
class ScaleRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = 60)
    private String nameFr;

    @Column(name = "description_en", length = 500)
    private String descriptionEn;

    @Column(name = "description_fr", length = 500)
    private String descriptionFr;

    @Column(name = "rating_value")
    private Integer ratingValue;

    @Column(nullable = false)
    private int position;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ScaleRating() {}

    ScaleRating(String code, int position) {
        this.code = code;
        this.position = position;
    }

    void describe(String nameEn, String nameFr, String descriptionEn, String descriptionFr, Integer ratingValue) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.descriptionEn = descriptionEn;
        this.descriptionFr = descriptionFr;
        this.ratingValue = ratingValue;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    void restore() {
        this.retiredAt = null;
    }

    String code() {
        return code;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    RatingEntry entry() {
        return new RatingEntry(
                code, nameEn, nameFr, descriptionEn, descriptionFr, ratingValue, position, retiredAt != null, version);
    }
}
