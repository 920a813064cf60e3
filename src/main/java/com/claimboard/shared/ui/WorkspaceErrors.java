package com.claimboard.shared.ui;

import com.claimboard.shared.ErrorReferences;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A fault of ours in an action (a button, a field): logged with a reference and the whole trace, and told to the
 * person as a message with that reference, never as Vaadin's raw error or a blank "Something went wrong".
 */
@Component
class WorkspaceErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(WorkspaceErrors::report));
    }

    static void report(ErrorEvent error) {
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
}
