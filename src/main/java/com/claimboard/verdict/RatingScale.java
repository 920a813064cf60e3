package com.claimboard.verdict;

import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.TextLimit;
import com.claimboard.shared.live.Changes;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's rating scale. Anyone may read it (the public site shows it); admins rename, add, reorder, set or clear
 * a rating's ClaimReview value, and retire or restore ratings. A rating is never deleted: one in use stays on
 * what it rated, and published fact-checks keep the names their rating had when they were published.
 */
@Service
public class RatingScale {

    private static final Logger log = LoggerFactory.getLogger(RatingScale.class);

    public static final TextLimit NAME = new TextLimit("scale.field.name", 60);

    public static final TextLimit DESCRIPTION = new TextLimit("scale.field.description", 500);

    private final ScaleRatingRepository ratings;
    private final Changes changes;

    RatingScale(ScaleRatingRepository ratings, Changes changes) {
        this.ratings = ratings;
        this.changes = changes;
    }

    /** Every rating, retired ones included, in the scale's order. */
    @Transactional(readOnly = true)
    public List<RatingEntry> all() {
        return ratings.findAllByOrderByPositionAscIdAsc().stream()
                .map(ScaleRating::entry)
                .toList();
    }

    /** The ratings a reviewer may choose now, in the scale's order. */
    @Transactional(readOnly = true)
    public List<RatingEntry> active() {
        return all().stream().filter(r -> !r.retired()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RatingEntry> find(String code) {
        return code == null ? Optional.empty() : ratings.findByCode(code).map(ScaleRating::entry);
    }

    /** A rating a reviewer may give now: known and not retired; refused with the reason otherwise. */
    @Transactional(readOnly = true)
    public RatingEntry requireChoosable(String code) {
        RatingEntry entry = find(code).orElseThrow(() -> new DomainRuleViolation("verdict.error.rating-unknown", code));
        rule(!entry.retired(), "verdict.error.rating-retired", "retired rating " + code);
        return entry;
    }

    /** Adds a rating at the end of the scale; its code is made from its English name. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RatingEntry add(String nameEn, String nameFr, String descriptionEn, String descriptionFr, Integer value) {
        String code = code(required(NAME.check(strip(nameEn)), "scale.error.name-required"));
        rule(ratings.findByCode(code).isEmpty(), "scale.error.code-taken", "code " + code);
        int last = ratings.findAllByOrderByPositionAscIdAsc().stream()
                .mapToInt(ScaleRating::position)
                .max()
                .orElse(0);
        ScaleRating rating = new ScaleRating(code, last + 1);
        describe(rating, nameEn, nameFr, descriptionEn, descriptionFr, value);
        log.info("'{}' added the rating {}", CurrentUser.username(), code);
        changes.site();
        return ratings.saveAndFlush(rating).entry();
    }

    /** Renames a rating in both languages, rewrites its meaning, sets or clears its ClaimReview value. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RatingEntry change(
            String code,
            long expectedVersion,
            String nameEn,
            String nameFr,
            String descriptionEn,
            String descriptionFr,
            Integer value) {
        ScaleRating rating = load(code, expectedVersion);
        describe(rating, nameEn, nameFr, descriptionEn, descriptionFr, value);
        log.info("'{}' changed the rating {}", CurrentUser.username(), code);
        return save(rating).entry();
    }

    /** Moves a rating one place up (towards the top of the picker) or down. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<RatingEntry> move(String code, boolean up) {
        List<ScaleRating> scale = new ArrayList<>(ratings.findAllByOrderByPositionAscIdAsc());
        int index = -1;
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).code().equals(code)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFound("rating", code);
        }
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < scale.size()) {
            scale.add(other, scale.remove(index));
        }
        for (int i = 0; i < scale.size(); i++) {
            scale.get(i).moveTo(i + 1);
        }
        ratings.flush();
        changes.site();
        return all();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RatingEntry retire(String code, long expectedVersion) {
        ScaleRating rating = load(code, expectedVersion);
        rule(active().size() > 1, "scale.error.last-rating", "the last rating");
        rating.retire(Instant.now());
        log.info("'{}' retired the rating {}", CurrentUser.username(), code);
        return save(rating).entry();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RatingEntry restore(String code, long expectedVersion) {
        ScaleRating rating = load(code, expectedVersion);
        rating.restore();
        return save(rating).entry();
    }

    private static void describe(
            ScaleRating rating,
            String nameEn,
            String nameFr,
            String descriptionEn,
            String descriptionFr,
            Integer value) {
        String en = required(NAME.check(strip(nameEn)), "scale.error.name-required");
        String fr = required(NAME.check(strip(nameFr)), "scale.error.name-required");
        String dEn = DESCRIPTION.check(strip(descriptionEn));
        String dFr = DESCRIPTION.check(strip(descriptionFr));
        rule(value == null || (value >= Rating.WORST && value <= Rating.BEST), "scale.error.value-range", "value");
        rating.describe(en, fr, blankToNull(dEn), blankToNull(dFr), value);
    }

    private ScaleRating load(String code, long expectedVersion) {
        ScaleRating rating = ratings.findByCode(code).orElseThrow(() -> new NotFound("rating", code));
        rule(rating.version() == expectedVersion, "scale.error.stale", "changed meanwhile");
        return rating;
    }

    private ScaleRating save(ScaleRating rating) {
        // The methodology page and every fact-check's legend show the scale.
        changes.site();
        try {
            return ratings.saveAndFlush(rating);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new DomainRuleViolation("scale.error.stale", "changed meanwhile");
        }
    }

    static String code(String englishName) {
        String code = Normalizer.normalize(englishName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        rule(!code.isEmpty(), "scale.error.name-required", "no letters");
        return code.length() <= 30 ? code : code.substring(0, 30);
    }

    private static String required(String value, String key) {
        rule(value != null && !value.isEmpty(), key, "required");
        return value;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
