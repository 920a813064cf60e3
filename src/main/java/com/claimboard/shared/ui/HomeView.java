package com.claimboard.shared.ui;

import com.claimboard.shared.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where everyone lands after signing in. A reviewer (or an editor) goes on to the board, where their work is; an
 * admin to the accounts; anyone else is welcomed here, in the workspace's frame, with what they may open.
 */
@Route("app/home")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasAnyRole(Roles.REVIEWER, Roles.EDITOR)) {
            event.forwardTo("app", event.getLocation().getQueryParameters());
            return;
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            // An admin's desk is the accounts screen (the account module's; named by its address, not imported).
            event.forwardTo("app/admin/accounts");
            return;
        }
        removeAll();
        add(new H2(
                getTranslation("home.title", authentication.getPrincipalName().orElse(""))));
        add(new Paragraph(getTranslation("home.no-desk-role")));
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> add(new Anchor(entry.path(), getTranslation(entry.title()))));
        Anchor publicSite = new Anchor("/", getTranslation("layout.public-site"));
        publicSite.setId("home-public-site");
        add(publicSite);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title") + " · " + getTranslation("app.name");
    }
}
