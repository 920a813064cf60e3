package com.claimboard.source;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.TextLimit;
import com.claimboard.shared.live.Changes;
import com.claimboard.shared.text.TextQuote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passages of stored copies that bear on a claim. The researcher of the claim marks one by selecting it in
 * the copy; it is kept as a text-quote selector with its position ({@link TextQuote}) and found again each time
 * it is shown, or shown as not found.
 */
@Service
public class PassageService {

    /** The longest passage: a paragraph or two, not the page. */
    public static final TextLimit EXACT = new TextLimit("passage.exact", 2_000);

    private final PassageRepository passages;
    private final SourceRepository sources;
    private final ClaimService claims;
    private final Changes changes;

    PassageService(PassageRepository passages, SourceRepository sources, ClaimService claims, Changes changes) {
        this.passages = passages;
        this.sources = sources;
        this.claims = claims;
        this.changes = changes;
    }

    /**
     * Marks {@code copy[start, end)} of a source's stored copy, whose words the reader's browser saw as
     * {@code exact}. When the offsets and the words disagree (the browser counts differently), the words are
     * looked for in the copy; words that are not in it are refused and nothing is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public PassageView mark(long sourceId, int start, int end, String exact, Stance stance) {
        Source source = sources.findById(sourceId)
                .filter(s -> !s.removed())
                .orElseThrow(() -> new NotFound("source", sourceId));
        if (!claims.allows(source.claimId(), ClaimAction.RESEARCH)) {
            throw new DomainRuleViolation("passage.error.not-researching", "only the claim's researcher marks");
        }
        String copy = source.snapshotText();
        String words = exact == null ? "" : exact.strip();
        if (copy == null || words.isEmpty()) {
            throw new DomainRuleViolation("passage.error.empty", "nothing selected");
        }
        EXACT.check(words);
        int lead = exact.indexOf(words);
        int from = start + lead;
        int to = from + words.length();
        TextQuote.Found found = from >= 0 && to <= copy.length() && copy.startsWith(words, from)
                ? new TextQuote.Found(from, to)
                : new TextQuote(words, "", "", Math.max(0, from), Math.max(0, to))
                        .locate(copy)
                        .orElseThrow(() -> new DomainRuleViolation(
                                "passage.error.not-in-copy", "the selected words are not in the stored copy"));
        Passage passage = passages.save(new Passage(
                sourceId,
                source.claimId(),
                stance == null ? Stance.CONTEXT : stance,
                TextQuote.of(copy, found.start(), found.end()),
                CurrentUser.username()));
        changes.claim(source.claimId());
        return passage.view(copy);
    }

    /** The claim's passages, oldest first, each found again in its source's stored copy (or not found). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<PassageView> passagesOf(long claimId) {
        Map<Long, String> copies = new HashMap<>();
        return passages.findByClaimIdAndRemovedAtIsNullOrderByIdAsc(claimId).stream()
                .map(passage -> passage.view(copies.computeIfAbsent(
                        passage.sourceId(),
                        id -> sources.findById(id).map(Source::snapshotText).orElse(null))))
                .toList();
    }

    /** The claim's researcher takes a passage back. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public void remove(long passageId) {
        Passage passage = passages.findById(passageId).orElseThrow(() -> new NotFound("passage", passageId));
        if (!claims.allows(passage.claimId(), ClaimAction.RESEARCH)) {
            throw new DomainRuleViolation("passage.error.not-researching", "only the claim's researcher removes");
        }
        passage.remove();
        changes.claim(passage.claimId());
    }
}
