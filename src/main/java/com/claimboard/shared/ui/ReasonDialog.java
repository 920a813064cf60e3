package com.claimboard.shared.ui;

import com.claimboard.shared.TextLimit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;

/** Asks why before an action that needs a reason (dismissing a card); Enter confirms, Escape cancels. */
public final class ReasonDialog {

    private ReasonDialog() {}

    /**
     * Opens the dialog; {@code action} gets the reason typed and says whether it went through, and the dialog
     * closes only then, so a refused reason stays in the field to be corrected.
     */
    public static void open(
            Component owner, String actionKey, String questionKey, TextLimit limit, Predicate<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(actionKey));
        TextField reason = new TextField(owner.getTranslation(questionKey));
        reason.setWidth("32em");
        reason.setId("dismiss-reason");
        LimitedFields.limit(reason, limit);
        Button confirm = new Button(owner.getTranslation(actionKey), click -> {
            if (action.test(reason.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        confirm.setId("dismiss-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }
}
