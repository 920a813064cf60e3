package com.claimboard.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Form login for the workspace; Spring Security handles the POST to /login, which carries the CSRF token the page's
 * meta tags give (see AppShell) and is refused for a while after too many failures (LoginThrottle).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        // The page's one landmark: everything on it is the sign-in (axe's landmark rules, in PublicReaderJourneyTest).
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.intro")),
                form,
                new Anchor("/", getTranslation("login.public-site")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        boolean ended = parameters.containsKey("ended");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        // The same words whether or not an account has that name: a refusal tells nothing about which exist.
        i18n.getErrorMessage()
                .setTitle(getTranslation(
                        locked ? "login.locked.title" : ended ? "login.ended.title" : "login.error.title"));
        i18n.getErrorMessage()
                .setMessage(getTranslation(
                        locked ? "login.locked.message" : ended ? "login.ended.message" : "login.error.message"));
        form.setI18n(i18n);
        form.setError(locked || ended || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
