package com.claimboard.verdict;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.source.SourceService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting and proposing verdicts (reviewers) and deciding on them (editors). */
@Service
public class VerdictService {

    private final VerdictRepository verdicts;
    private final ClaimService claims;
    private final SourceService sources;
    private final ApplicationEventPublisher events;

    VerdictService(
            VerdictRepository verdicts, ClaimService claims, SourceService sources, ApplicationEventPublisher events) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.sources = sources;
        this.events = events;
    }

    /** The verdict being worked on for a claim (not yet approved), if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Optional<VerdictSummary> openVerdict(long claimId) {
        return verdicts.findFirstByClaimIdAndStateNotOrderByIdDesc(claimId, VerdictState.APPROVED)
                .map(Verdict::summary);
    }

    /** The verdict to show for a claim: the one being worked on, or else the last approved one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public Optional<VerdictSummary> latest(long claimId) {
        return verdicts.findFirstByClaimIdOrderByIdDesc(claimId).map(Verdict::summary);
    }

    /** An approved verdict, for the publishing module (which runs in the approving editor's call). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public VerdictSummary approved(long verdictId) {
        return verdicts.findById(verdictId)
                .filter(v -> v.state() == VerdictState.APPROVED)
                .map(Verdict::summary)
                .orElseThrow(() -> new NotFound("approved verdict", verdictId));
    }

    /**
     * Saves the caller's draft. {@code expectedVersion} is the version the form was filled from (null for a
     * new verdict); a different stored version means someone saved in between, and the save is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public VerdictSummary saveDraft(long claimId, VerdictDraft draft, Long expectedVersion) {
        String me = CurrentUser.username();
        Optional<Verdict> open = verdicts.findFirstByClaimIdAndStateNotOrderByIdDesc(claimId, VerdictState.APPROVED);
        Verdict verdict;
        if (open.isPresent()) {
            verdict = open.get();
            if (expectedVersion == null || verdict.version() != expectedVersion) {
                throw new StaleVerdict();
            }
        } else {
            if (!claims.isResearchedByCaller(claimId)) {
                throw new com.claimboard.shared.DomainRuleViolation(
                        "source.error.not-researching", "take the claim before drafting a verdict");
            }
            verdict = new Verdict(claimId, me);
        }
        verdict.edit(draft, me);
        if (verdict.state() == VerdictState.CHANGES_REQUESTED
                && claims.claim(claimId).state() == ClaimState.CHANGES_REQUESTED) {
            claims.resumeResearch(claimId);
        }
        return verdicts.saveAndFlush(verdict).summary();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public VerdictSummary propose(long verdictId) {
        Verdict verdict = load(verdictId);
        verdict.proposeBy(CurrentUser.username(), sources.fetchedCount(verdict.claimId()));
        if (claims.claim(verdict.claimId()).state() == ClaimState.CHANGES_REQUESTED) {
            claims.resumeResearch(verdict.claimId());
        }
        claims.submitForReview(verdict.claimId());
        return verdicts.save(verdict).summary();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public VerdictSummary approve(long verdictId) {
        String editor = CurrentUser.username();
        Verdict verdict = load(verdictId);
        verdict.approveBy(editor);
        claims.publish(verdict.claimId());
        Verdict saved = verdicts.saveAndFlush(verdict);
        events.publishEvent(new VerdictApproved(saved.id(), saved.claimId(), saved.author(), editor, Instant.now()));
        return saved.summary();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public VerdictSummary requestChanges(long verdictId, String comment) {
        Verdict verdict = load(verdictId);
        verdict.requestChangesBy(CurrentUser.username(), comment);
        claims.requestChanges(verdict.claimId(), comment);
        return verdicts.save(verdict).summary();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    public List<ReviewItem> reviewQueue() {
        return verdicts.findByStateOrderByProposedAt(VerdictState.PROPOSED).stream()
                .map(v -> new ReviewItem(v.summary(), claims.claim(v.claimId())))
                .toList();
    }

    private Verdict load(long verdictId) {
        return verdicts.findById(verdictId).orElseThrow(() -> new NotFound("verdict", verdictId));
    }
}
