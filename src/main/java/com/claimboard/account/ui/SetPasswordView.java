package com.claimboard.account.ui;

import com.claimboard.account.AccountLimits;
import com.claimboard.account.AccountService;
import com.claimboard.account.AccountService.LinkCheck;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a single-use link leads: the invited person (or one whose password was reset) chooses a password, then
 * signs in. A used, expired or unknown link says so and who can send a new one.
 */
@Route(value = "password/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();

    public SetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("login-view");
        setId("set-password");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        LinkCheck link = accounts.checkLink(token);
        removeAll();
        add(new H1(getTranslation("app.name")));
        if (link.state() != LinkCheck.State.VALID) {
            Paragraph why = new Paragraph(getTranslation(link.state().messageKey()));
            why.setId("link-problem");
            add(
                    new H2(getTranslation("password.link.not-usable")),
                    why,
                    new Anchor("login", getTranslation("login.title")));
            return;
        }
        add(new H2(getTranslation(link.invitation() ? "password.welcome" : "password.reset", link.displayName())));
        Paragraph username = new Paragraph(getTranslation("password.your-username", link.username()));
        username.setId("link-username");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        chosen.setId("password-new");
        chosen.setWidth("22em");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        repeated.setWidth("22em");
        Button save = new Button(getTranslation("password.save"), click -> save(token));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("password-save");
        add(username, chosen, repeated, save);
        chosen.focus();
    }

    private void save(String token) {
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("password.error.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        repeated.setInvalid(false);
        try {
            accounts.setPasswordFromLink(token, chosen.getValue());
            removeAll();
            Paragraph done = new Paragraph(getTranslation("password.saved"));
            done.setId("password-saved");
            Anchor signIn = new Anchor("login", getTranslation("login.submit"));
            signIn.setId("password-sign-in");
            add(new H1(getTranslation("app.name")), done, signIn);
        } catch (DomainRuleViolation refused) {
            chosen.setErrorMessage(Messages.text(this, refused));
            chosen.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title") + " · " + getTranslation("app.name");
    }
}
