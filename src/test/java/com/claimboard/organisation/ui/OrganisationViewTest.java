package com.claimboard.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.organisation.OrganisationService;
import com.claimboard.shared.ui.AccessDeniedView;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's organisation screen, without a browser: limits stated, a refusal that keeps the form, a save. */
class OrganisationViewTest extends KaribuTest {

    @Autowired
    OrganisationService organisation;

    @Test
    void an_admin_edits_the_identity_with_each_limit_stated_and_a_refusal_keeping_the_form() {
        signIn("admin", "ADMIN");
        navigate("app/admin/organisation");
        OrganisationView view = _get(OrganisationView.class);

        assertThat(view.name.getHelperText()).endsWith("/ 200");
        assertThat(view.methodology.getHelperText()).endsWith("/ 20,000");
        view.website.setValue("ftp://desk.example.org");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertThat(notifications()).anyMatch(text -> text.contains("only a web address starting with http://"));
        assertThat(view.website.getValue()).isEqualTo("ftp://desk.example.org");

        view.name.setValue("Les Vérificateurs");
        view.website.setValue("https://desk.example.org");
        view.methodology.setValue("# Notre méthode\n\nNous vérifions.");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertThat(notifications()).contains("Saved: the public site shows it now.");
        SignIn.as("admin", "ADMIN");
        assertThat(organisation.profile().name()).isEqualTo("Les Vérificateurs");
        assertThat(organisation.profile().methodologyHtml()).contains("<h1>Notre méthode</h1>");
    }

    @Test
    void the_organisation_screen_is_the_admins_only() {
        signIn("eddie", "REVIEWER", "EDITOR");
        navigate("app/admin/organisation");
        assertThat(_find(OrganisationView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }
}
