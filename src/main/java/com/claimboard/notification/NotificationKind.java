package com.claimboard.notification;

/** Why a person is told something; each has its wording in both languages. */
public enum NotificationKind {
    ASSIGNED,
    MENTIONED,
    CHANGES_REQUESTED,
    PUBLISHED,
    CORRECTION_OPENED,
    WITHDRAWN;

    /** "{0} gave you claim {1}": {0} is who did it, {1} the claim's number. */
    public String messageKey() {
        return "notification." + name();
    }
}
