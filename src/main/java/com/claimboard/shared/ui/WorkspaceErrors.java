package com.claimboard.shared.ui;

import com.claimboard.shared.ErrorReferences;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A fault of ours in an action (a button, a field): logged with a reference and the whole trace, and told to the
 * person as a message with that reference, never as Vaadin's raw error or a blank "Something went wrong".
 */
@Component
class WorkspaceErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(WorkspaceErrors::report));
    }

    static void report(ErrorEvent error) {
        if (readerLeft(error.getThrowable())) {
            // The browser went away mid-answer (a new page, a closed tab): nothing of ours failed.
            log.debug("The browser closed the connection before the answer was sent", error.getThrowable());
            return;
        }
        String reference = ErrorReferences.log(error.getThrowable(), "workspace action");
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(
                    ui.getTranslation("error.action-failed", reference), 0, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.getElement().setAttribute("role", "alert");
            notification.setId("error-notification");
        }
    }

    /** True when the failure is only the other end hanging up: Tomcat's client abort or a broken socket. */
    static boolean readerLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("org.apache.catalina.connector.ClientAbortException")
                    || cause instanceof java.net.SocketException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
