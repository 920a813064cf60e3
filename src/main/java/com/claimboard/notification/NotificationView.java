package com.claimboard.notification;

import java.time.Instant;

/**
 * A notification as its recipient sees it.
 *
 * @param detail a short excerpt (the editor's comment, the mention's sentence), shown under the line; may be null
 */
public record NotificationView(
        long id, NotificationKind kind, long claimId, String actor, String detail, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
