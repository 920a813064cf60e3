package com.claimboard.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The workspace's frame. Navigation is built from the views' {@code @Menu} annotations (titles are translation
 * keys), filtered to what the signed-in user may open, so no view is imported here.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, java.util.List<NavbarWidget> widgets) {
        Anchor appName = new Anchor("app/home", getTranslation("app.name"));
        appName.addClassName("app-name");
        appName.setId("app-name");

        HorizontalLayout user = new HorizontalLayout();
        user.setAlignItems(HorizontalLayout.Alignment.CENTER);
        user.addClassName("user-box");
        authentication.getPrincipalName().ifPresent(name -> {
            Span signedInAs = new Span(getTranslation("layout.signed-in-as", name));
            signedInAs.setId("signed-in-as");
            Button signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            widgets.forEach(widget -> user.add(widget.create()));
            user.add(signedInAs, signOut);
        });

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), appName, user);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(appName);
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        Anchor publicSite = new Anchor("/", getTranslation("layout.public-site"));
        publicSite.setTarget("_blank");
        publicSite.addClassName("public-site-link");
        addToDrawer(nav, publicSite);
        setPrimarySection(Section.DRAWER);
    }
}
