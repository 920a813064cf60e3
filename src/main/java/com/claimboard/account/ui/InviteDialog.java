package com.claimboard.account.ui;

import com.claimboard.account.AccountAdministration;
import com.claimboard.account.AccountLimits;
import com.claimboard.account.PasswordLink;
import com.claimboard.account.Role;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Invites a person: name, e-mail, username (offered from the e-mail), roles and the language of their e-mail. The
 * account exists at once, without a password; the person chooses one from the link.
 */
class InviteDialog extends Dialog {

    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField username = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<Locale> language = new Select<>();
    private boolean usernameTyped;

    InviteDialog(AccountsView owner, AccountAdministration administration) {
        setHeaderTitle(getTranslation("accounts.invite.title"));
        setId("invite-dialog");

        name.setLabel(getTranslation("account.field.name"));
        name.setId("invite-name");
        name.setRequiredIndicatorVisible(true);
        LimitedFields.limit(name, AccountLimits.DISPLAY_NAME);
        email.setLabel(getTranslation("account.field.email"));
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        LimitedFields.limit(email, AccountLimits.EMAIL);
        username.setLabel(getTranslation("account.field.username"));
        username.setId("invite-username");
        username.setRequiredIndicatorVisible(true);
        LimitedFields.limit(username, AccountLimits.USERNAME);
        username.addValueChangeListener(change -> usernameTyped = change.isFromClient());
        email.addValueChangeListener(change -> {
            if (!usernameTyped) {
                username.setValue(suggestedUsername(change.getValue()));
            }
        });
        roles.setLabel(getTranslation("account.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(owner::roleName);
        roles.setValue(EnumSet.of(Role.REVIEWER));
        roles.setId("invite-roles");
        language.setLabel(getTranslation("accounts.invite.language"));
        language.setItems(Locale.ENGLISH, Locale.FRENCH);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(ReaderTime.locale(owner).getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
        language.setId("invite-language");

        FormLayout form = new FormLayout(name, email, username, roles, language);
        Paragraph how = new Paragraph(getTranslation(
                administration.mailConfigured() ? "accounts.invite.by-mail" : "accounts.invite.by-hand"));
        add(how, form);

        Button send = new Button(getTranslation("accounts.invite.send"), click -> {
            try {
                PasswordLink link = administration.invite(
                        name.getValue(),
                        email.getValue(),
                        username.getValue(),
                        Set.copyOf(roles.getValue()),
                        language.getValue());
                close();
                owner.refresh();
                new LinkDialog(owner, name.getValue().strip(), link);
            } catch (DomainRuleViolation refused) {
                Messages.report(owner, refused);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setId("invite-send");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
        open();
        name.focus();
    }

    /** The part of the address before the @, in the characters a username may have. */
    static String suggestedUsername(String email) {
        if (email == null) {
            return "";
        }
        String local = email.strip().toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        if (at >= 0) {
            local = local.substring(0, at);
        }
        String cleaned = java.text.Normalizer.normalize(local, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9._-]", "");
        return cleaned.length() <= AccountLimits.USERNAME.max()
                ? cleaned
                : cleaned.substring(0, AccountLimits.USERNAME.max());
    }
}
