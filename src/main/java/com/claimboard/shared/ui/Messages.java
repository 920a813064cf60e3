package com.claimboard.shared.ui;

import com.claimboard.shared.DomainRuleViolation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Tells the user how an action went, in their language. */
public final class Messages {

    private Messages() {}

    public static void success(Component source, String key, Object... params) {
        Notification notification =
                Notification.show(source.getTranslation(key, params), 4000, Notification.Position.TOP_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, String key, Object... params) {
        Notification notification =
                Notification.show(source.getTranslation(key, params), 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs a user action and turns the failures a user can cause (a workflow rule, a stale save, a missing
     * permission) into a message; anything else is a bug and goes on to Vaadin's error handler.
     *
     * @return whether the action succeeded
     */
    public static boolean attempt(Component source, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            report(source, failure);
            return false;
        }
    }

    /** Shows a failure the user caused as a message, or rethrows one they did not. */
    public static void report(Component source, RuntimeException failure) {
        if (failure instanceof DomainRuleViolation violation) {
            error(source, violation.messageKey());
        } else if (failure instanceof ObjectOptimisticLockingFailureException) {
            error(source, "error.stale");
        } else if (failure instanceof AccessDeniedException) {
            error(source, "error.access-denied");
        } else {
            throw failure;
        }
    }
}
