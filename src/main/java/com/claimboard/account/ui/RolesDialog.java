package com.claimboard.account.ui;

import com.claimboard.account.AccountAdministration;
import com.claimboard.account.AccountRow;
import com.claimboard.account.Role;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;

/** Changes an account's roles; the person's open sessions end, so the new roles apply from their next sign-in. */
class RolesDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    RolesDialog(AccountsView owner, AccountAdministration administration, AccountRow row) {
        setHeaderTitle(getTranslation("accounts.roles.title", row.displayName()));
        setId("roles-dialog");
        roles.setLabel(getTranslation("account.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(owner::roleName);
        roles.setValue(row.roles());
        roles.setId("roles-choice");
        add(new Paragraph(getTranslation("accounts.roles.help")), roles);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Messages.attempt(
                    owner, () -> administration.changeRoles(row.id(), row.version(), Set.copyOf(roles.getValue())))) {
                Messages.success(owner, "accounts.roles.saved", row.displayName());
                close();
                owner.refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("roles-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        open();
    }
}
