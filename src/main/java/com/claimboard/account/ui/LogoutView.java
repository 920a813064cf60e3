package com.claimboard.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * {@code /logout} opened in the browser, by anyone: a signed-in person signs out with one button (a link alone
 * never signs anyone out, so no other site can do it for them); someone already signed out is told so.
 */
@Route(value = "logout", autoLayout = false)
@AnonymousAllowed
public class LogoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public LogoutView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("logout-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("app.name")));
        if (authentication.isAuthenticated()) {
            add(new Paragraph(getTranslation(
                    "logout.question", authentication.getPrincipalName().orElse(""))));
            Button signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signOut.setId("logout-confirm");
            add(signOut, new Anchor("app/home", getTranslation("logout.stay")));
        } else {
            add(new Paragraph(getTranslation("logout.signed-out")));
            add(
                    new Anchor("login", getTranslation("login.submit")),
                    new Anchor("/", getTranslation("login.public-site")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.sign-out") + " · " + getTranslation("app.name");
    }
}
