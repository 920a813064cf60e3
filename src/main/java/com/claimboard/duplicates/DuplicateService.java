package com.claimboard.duplicates;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.publishing.PublishedCheck;
import com.claimboard.publishing.PublishingService;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Changes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reviewers do with the matcher's links: read them on a card, confirm or reject each, and close a card
 * confirmed as already checked with the earlier verdict. A decision names the version of the link the person saw.
 */
@Service
public class DuplicateService {

    private final ClaimLinkRepository links;
    private final ClaimService claims;
    private final PublishingService publishing;
    private final Changes changes;

    DuplicateService(ClaimLinkRepository links, ClaimService claims, PublishingService publishing, Changes changes) {
        this.links = links;
        this.claims = claims;
        this.publishing = publishing;
        this.changes = changes;
    }

    /** The card's links not rejected, already checked first, then by similarity. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<LinkView> linksOf(long claimId) {
        ClaimSummary card = claims.claim(claimId);
        boolean open = card.allows(ClaimAction.CLOSE_AS_CHECKED);
        List<LinkView> views = new ArrayList<>();
        for (ClaimLink link : links.findByClaimIdOrderBySimilarityDesc(claimId)) {
            if (link.status() == LinkStatus.REJECTED) {
                continue;
            }
            ClaimSummary earlier = claims.claim(link.checkedClaimId());
            Optional<PublishedCheck> check = publishing.standing(link.checkedClaimId());
            boolean canClose = open
                    && link.status() == LinkStatus.CONFIRMED
                    && link.kind() == LinkKind.ALREADY_CHECKED
                    && check.isPresent();
            views.add(new LinkView(
                    link.id(),
                    link.version(),
                    link.checkedClaimId(),
                    earlier.text(),
                    earlier.state(),
                    link.kind(),
                    link.status(),
                    link.similarity(),
                    check.map(c -> "/checks/" + c.slug()).orElse(null),
                    check.map(PublishedCheck::rating).orElse(null),
                    link.decidedBy(),
                    link.decidedAt(),
                    link.status() == LinkStatus.SUGGESTED,
                    canClose));
        }
        views.sort(java.util.Comparator.comparing((LinkView view) -> view.kind() != LinkKind.ALREADY_CHECKED)
                .thenComparing(LinkView::similarity, java.util.Comparator.reverseOrder()));
        return views;
    }

    /** The reviewer says the two cards make the same claim. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public void confirm(long linkId, long expectedVersion) {
        ClaimLink link = load(linkId, expectedVersion);
        link.confirm(CurrentUser.actor().username());
        save(link);
    }

    /** The reviewer says they differ: the pair is not suggested again. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public void reject(long linkId, long expectedVersion) {
        ClaimLink link = load(linkId, expectedVersion);
        link.reject(CurrentUser.actor().username());
        save(link);
    }

    /**
     * Closes the card as already checked, its reason naming the earlier fact-check and its verdict: only once the
     * link is confirmed and that fact-check stands. {@code cardVersion} is the card's version the person saw.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public ClaimSummary closeWithVerdict(long linkId, long cardVersion) {
        ClaimLink link = links.findById(linkId).orElseThrow(() -> new NotFound("link", linkId));
        if (link.status() != LinkStatus.CONFIRMED || link.kind() != LinkKind.ALREADY_CHECKED) {
            throw new DomainRuleViolation("duplicates.error.not-confirmed", "confirm the link first");
        }
        PublishedCheck check = publishing
                .standing(link.checkedClaimId())
                .orElseThrow(() -> new DomainRuleViolation("duplicates.error.not-published", "no standing check"));
        String reason = "Already checked: " + check.rating().nameEn() + " — /checks/" + check.slug();
        return claims.closeAsChecked(link.claimId(), cardVersion, reason);
    }

    private ClaimLink load(long linkId, long expectedVersion) {
        ClaimLink link = links.findById(linkId).orElseThrow(() -> new NotFound("link", linkId));
        if (link.version() != expectedVersion) {
            throw new DomainRuleViolation("duplicates.error.stale", "the link changed since it was read");
        }
        return link;
    }

    private void save(ClaimLink link) {
        links.saveAndFlush(link);
        changes.claim(link.claimId());
    }
}
