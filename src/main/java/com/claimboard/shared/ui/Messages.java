package com.claimboard.shared.ui;

import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.Label;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
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
        notification.getElement().setAttribute("role", "alert");
    }

    /**
     * Runs a user action and turns the failures a user can cause (a workflow rule, a stale save, a text over its
     * limit, a missing permission) into a message; anything else is a bug and goes on to the error handler.
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
            error(source, violation.messageKey(), translated(source, violation.params()));
        } else if (failure instanceof AccessDeniedException) {
            error(source, "error.access-denied");
        } else {
            throw failure;
        }
    }

    /** The text of a rule violation in the reader's language, for a field's own error message. */
    public static String text(Component source, DomainRuleViolation violation) {
        return source.getTranslation(violation.messageKey(), translated(source, violation.params()));
    }

    private static Object[] translated(Component source, Object[] params) {
        return Arrays.stream(params)
                .map(param -> param instanceof Label label ? source.getTranslation(label.key()) : param)
                .toArray();
    }
}
