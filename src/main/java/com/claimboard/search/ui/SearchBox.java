package com.claimboard.search.ui;

import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.NavbarWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The search box in the top bar, for those who may search (reviewers and editors): Enter opens the results. */
@org.springframework.stereotype.Component
class SearchBox implements NavbarWidget {

    private final AuthenticationContext authentication;

    SearchBox(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        if (!authentication.hasRole(Roles.REVIEWER)) {
            return new Span();
        }
        TextField box = new TextField();
        box.setId("navbar-search");
        box.setPlaceholder(box.getTranslation("search.placeholder"));
        box.setAriaLabel(box.getTranslation("search.label"));
        // Not cut here: a query past the limit goes whole to the search page, which says its length and the limit.
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.addKeyPressListener(
                Key.ENTER,
                enter -> box.getUI()
                        .ifPresent(ui -> ui.navigate(
                                "app/search",
                                QueryParameters.of("q", box.getValue().strip()))));
        return box;
    }
}
