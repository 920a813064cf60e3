package com.claimboard.notification;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimAssigned;
import com.claimboard.claim.ClaimEdited;
import com.claimboard.claim.ClaimStateChanged;
import com.claimboard.discussion.CommentPosted;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.live.Changes;
import com.claimboard.verdict.VerdictApproved;
import com.claimboard.verdict.VerdictSentBack;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells each person what concerns them. Notifications are written in the transaction of what caused them (the
 * assignment, the comment, the decision), so one never exists without the other; the inbox hears after the
 * commit, and so does the e-mail, for those who asked for it. Nobody is told of what they did themselves.
 */
@Service
public class NotificationService {

    /** How many notifications the inbox shows, newest first. */
    public static final int INBOX_SIZE = 100;

    private static final int EXCERPT = 300;

    private final NotificationRepository notifications;
    private final ClaimFollowerRepository followers;
    private final PreferenceRepository preferences;
    private final AccountService accounts;
    private final Changes changes;
    private final NotificationMailer mailer;

    NotificationService(
            NotificationRepository notifications,
            ClaimFollowerRepository followers,
            PreferenceRepository preferences,
            AccountService accounts,
            Changes changes,
            NotificationMailer mailer) {
        this.notifications = notifications;
        this.followers = followers;
        this.preferences = preferences;
        this.accounts = accounts;
        this.changes = changes;
        this.mailer = mailer;
    }

    // What happened, as the other modules say it.

    @EventListener
    void on(ClaimAssigned assigned) {
        follow(assigned.claimId(), assigned.assignee());
        tell(
                assigned.assignee(),
                NotificationKind.ASSIGNED,
                assigned.claimId(),
                assigned.by(),
                assigned.dueOn() == null ? null : assigned.dueOn().toString());
    }

    @EventListener
    void on(ClaimStateChanged changed) {
        if (changed.action() == ClaimAction.TAKE) {
            follow(changed.claimId(), changed.actor());
        } else if (changed.action() == ClaimAction.REOPEN || changed.action() == ClaimAction.WITHDRAW) {
            NotificationKind kind = changed.action() == ClaimAction.REOPEN
                    ? NotificationKind.CORRECTION_OPENED
                    : NotificationKind.WITHDRAWN;
            for (ClaimFollower follower : followers.findByKeyClaimId(changed.claimId())) {
                tell(follower.username(), kind, changed.claimId(), changed.actor(), changed.comment());
            }
        }
    }

    @EventListener
    void on(ClaimEdited edited) {
        if (edited.action() == ClaimAction.TAKE) {
            follow(edited.claimId(), edited.actor());
        }
    }

    @EventListener
    void on(CommentPosted posted) {
        follow(posted.claimId(), posted.author());
        for (String mentioned : posted.mentioned()) {
            tell(mentioned, NotificationKind.MENTIONED, posted.claimId(), posted.author(), null);
        }
    }

    @EventListener
    void on(VerdictSentBack sentBack) {
        tell(
                sentBack.author(),
                NotificationKind.CHANGES_REQUESTED,
                sentBack.claimId(),
                sentBack.editor(),
                sentBack.comment());
    }

    @EventListener
    void on(VerdictApproved approved) {
        follow(approved.claimId(), approved.author());
        follow(approved.claimId(), approved.editor());
        tell(approved.author(), NotificationKind.PUBLISHED, approved.claimId(), approved.editor(), null);
    }

    // The inbox, for its owner.

    /** The signed-in person's notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> inbox() {
        return notifications
                .findByRecipientOrderByCreatedAtDescIdDesc(CurrentUser.username(), PageRequest.of(0, INBOX_SIZE))
                .stream()
                .map(Notification::view)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentUser.username());
    }

    /** Marks one of the signed-in person's notifications read; someone else's is not found. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        String me = CurrentUser.username();
        Notification notification = notifications
                .findById(notificationId)
                .filter(n -> n.recipient().equals(me))
                .orElseThrow(() -> new NotFound("notification", notificationId));
        notification.markRead(Instant.now());
        inboxChanged(me);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        String me = CurrentUser.username();
        int marked = notifications.markAllRead(me, Instant.now());
        inboxChanged(me);
        return marked;
    }

    /** Whether the signed-in person gets their notifications by e-mail too (off unless they said so). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean byEmail() {
        return preferences
                .findById(CurrentUser.username())
                .map(Preference::byEmail)
                .orElse(false);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setByEmail(boolean byEmail, Locale language) {
        String me = CurrentUser.username();
        preferences
                .findById(me)
                .ifPresentOrElse(
                        preference -> preference.set(byEmail, language),
                        () -> preferences.save(new Preference(me, byEmail, language)));
    }

    /** Whether e-mail can be sent at all (a mail server is configured). */
    public boolean mailConfigured() {
        return mailer.configured();
    }

    private void follow(long claimId, String username) {
        if (username != null && !followers.existsById(new ClaimFollower.Key(claimId, username))) {
            followers.save(new ClaimFollower(claimId, username));
        }
    }

    private void tell(String recipient, NotificationKind kind, long claimId, String actor, String detail) {
        if (recipient == null || recipient.equals(actor) || !accounts.exists(recipient)) {
            return;
        }
        String excerpt = detail == null || detail.length() <= EXCERPT ? detail : detail.substring(0, EXCERPT) + "…";
        Notification saved =
                notifications.save(new Notification(recipient, kind, claimId, actor, excerpt, Instant.now()));
        inboxChanged(recipient);
        preferences
                .findById(recipient)
                .filter(Preference::byEmail)
                .ifPresent(preference -> mailer.sendAfterCommit(recipient, saved.view(), preference.language()));
    }

    private void inboxChanged(String username) {
        accounts.idOf(username).ifPresent(changes::inbox);
    }
}
