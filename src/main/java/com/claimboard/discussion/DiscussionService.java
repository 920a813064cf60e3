package com.claimboard.discussion;

import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.shared.Actor;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.TextLimit;
import com.claimboard.shared.live.Changes;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each claim's discussion, for the desk: anyone who reviews may read and write; only a comment's author edits or
 * deletes it, and every earlier wording is kept. A comment mentions people by {@code @username}; only names of
 * existing accounts count as mentions.
 */
@Service
public class DiscussionService {

    public static final TextLimit BODY = new TextLimit("discussion.field.body", 5_000);

    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([a-z0-9][a-z0-9._-]{1,49})", Pattern.CASE_INSENSITIVE);

    private final CommentRepository comments;
    private final ClaimService claims;
    private final AccountService accounts;
    private final Changes changes;
    private final ApplicationEventPublisher events;

    DiscussionService(
            CommentRepository comments,
            ClaimService claims,
            AccountService accounts,
            Changes changes,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.claims = claims;
        this.accounts = accounts;
        this.changes = changes;
        this.events = events;
    }

    /** The claim's discussion, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public List<CommentView> thread(long claimId) {
        Actor me = CurrentUser.actor();
        return comments.findByClaimIdOrderByCreatedAtAscIdAsc(claimId).stream()
                .map(comment -> comment.view(me))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public CommentView post(long claimId, String body) {
        Actor me = CurrentUser.actor();
        claims.claim(claimId); // a claim the person may see, or NotFound
        String text = clean(body);
        Set<String> mentioned = mentions(text);
        Comment comment = comments.saveAndFlush(new Comment(claimId, me.username(), text, mentioned, Instant.now()));
        changes.claim(claimId);
        events.publishEvent(new CommentPosted(claimId, comment.id(), me.username(), mentioned));
        return comment.view(me);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public CommentView edit(long commentId, long expectedVersion, String body) {
        Actor me = CurrentUser.actor();
        Comment comment = load(commentId, expectedVersion);
        String text = clean(body);
        Set<String> before = Set.copyOf(comment.view(null).mentions());
        Set<String> mentioned = mentions(text);
        comment.edit(text, mentioned, me, Instant.now());
        CommentView saved = save(comment).view(me);
        changes.claim(saved.claimId());
        Set<String> added = new LinkedHashSet<>(mentioned);
        added.removeAll(before);
        events.publishEvent(new CommentPosted(saved.claimId(), commentId, me.username(), added));
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.REVIEWER + "')")
    public CommentView delete(long commentId, long expectedVersion) {
        Actor me = CurrentUser.actor();
        Comment comment = load(commentId, expectedVersion);
        comment.delete(me, Instant.now());
        CommentView saved = save(comment).view(me);
        changes.claim(saved.claimId());
        return saved;
    }

    /** The usernames a text mentions, in order, among those with an account. */
    Set<String> mentions(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[.]+$", "");
            if (accounts.exists(name)) {
                found.add(name);
            }
        }
        return found;
    }

    private static String clean(String body) {
        String text = BODY.check(body == null ? null : body.strip());
        rule(text != null && !text.isEmpty(), "discussion.error.empty", "nothing written");
        return text;
    }

    private Comment load(long commentId, long expectedVersion) {
        Comment comment = comments.findById(commentId).orElseThrow(() -> new NotFound("comment", commentId));
        rule(comment.view(null).version() == expectedVersion, "discussion.error.stale", "changed meanwhile");
        return comment;
    }

    private Comment save(Comment comment) {
        try {
            return comments.saveAndFlush(comment);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new DomainRuleViolation("discussion.error.stale", "changed meanwhile");
        }
    }
}
