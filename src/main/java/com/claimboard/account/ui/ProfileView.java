package com.claimboard.account.ui;

import com.claimboard.account.AccountLimits;
import com.claimboard.account.AccountService;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Everyone's own account: the name the desk and the public pages show, and the password (the current one first). */
@Route("app/profile")
@Menu(title = "menu.profile", order = 20)
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();

    ProfileView(AccountService accounts) {
        setId("profile");
        setMaxWidth("48em");
        AccountService.Profile me = accounts.profile();
        Paragraph who = new Paragraph(getTranslation(
                "profile.who",
                me.username(),
                me.roles().stream()
                        .map(role -> getTranslation(role.messageKey()))
                        .collect(Collectors.joining(", "))));

        name.setLabel(getTranslation("account.field.name"));
        name.setValue(me.displayName());
        name.setId("profile-name");
        LimitedFields.limit(name, AccountLimits.DISPLAY_NAME);
        Button rename = new Button(getTranslation("profile.save-name"), click -> {
            if (Messages.attempt(this, () -> accounts.rename(name.getValue()))) {
                Messages.success(this, "profile.name-saved");
            }
        });
        rename.setId("profile-save-name");

        current.setLabel(getTranslation("profile.current-password"));
        current.setId("profile-current");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        chosen.setId("profile-new");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("profile-repeat");
        Button change = new Button(getTranslation("profile.change-password"), click -> changePassword(accounts));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("profile-change-password");

        FormLayout nameForm = new FormLayout(name);
        FormLayout passwordForm = new FormLayout(current, chosen, repeated);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new H2(getTranslation("profile.title")),
                who,
                nameForm,
                rename,
                new H3(getTranslation("profile.password")),
                passwordForm,
                change);
    }

    private void changePassword(AccountService accounts) {
        chosen.setInvalid(false);
        current.setInvalid(false);
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("password.error.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        repeated.setInvalid(false);
        try {
            accounts.changePassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            Messages.success(this, "profile.password-changed");
        } catch (DomainRuleViolation refused) {
            PasswordField field = refused.messageKey().equals("password.error.current-wrong") ? current : chosen;
            field.setErrorMessage(Messages.text(this, refused));
            field.setInvalid(true);
            Messages.report(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
