package com.claimboard.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountAdministration;
import com.claimboard.account.AccountRow;
import com.claimboard.account.AccountStatus;
import com.claimboard.account.Role;
import com.claimboard.shared.ui.AccessDeniedView;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The accounts screen, the invitation, everyone's own account and the page a password link opens, without a browser. */
class AccountViewsTest extends KaribuTest {

    @Autowired
    AccountAdministration administration;

    @Test
    void an_admin_sees_every_account_and_finds_one_by_name_or_role() {
        signIn("admin", "ADMIN");
        navigate("app/admin/accounts");
        AccountsView view = _get(AccountsView.class);

        List<String> usernames = rows(view).stream().map(AccountRow::username).toList();
        assertThat(usernames).contains("admin", "rita", "eddie");
        view.search.setValue("Rita");
        assertThat(rows(view)).extracting(AccountRow::username).containsExactly("rita");
        view.search.clear();
        view.roleFilter.setValue(Role.EDITOR);
        assertThat(rows(view))
                .extracting(AccountRow::username)
                .contains("eddie", "erin")
                .doesNotContain("rita");
        assertThat(_find(Button.class, spec -> spec.withId("deactivate-admin")))
                .as("an admin cannot deactivate themselves")
                .isEmpty();
    }

    @Test
    void an_invitation_without_a_mail_server_shows_the_link_once_and_the_account_as_invited() {
        signIn("admin", "ADMIN");
        navigate("app/admin/accounts");
        AccountsView view = _get(AccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("accounts-invite")));
        InviteDialog dialog = _get(InviteDialog.class);

        assertThat(dialog.name.getHelperText()).isEqualTo("0 / 200");
        dialog.name.setValue("Jean Dupont");
        dialog.email.setValue("Jean.Dupont@example.org");
        assertThat(dialog.username.getValue()).as("offered from the e-mail").isEqualTo("jean.dupont");
        dialog.roles.setValue(Set.of(Role.REVIEWER, Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        String url = _get(TextField.class, spec -> spec.withId("link-url")).getValue();
        assertThat(url).matches("http://localhost:8080/password/[A-Za-z0-9_-]{43}");
        assertThat(_get(LinkDialog.class).getElement().getTextRecursively()).contains("shown only now");
        AccountRow jean = rows(view).stream()
                .filter(row -> row.username().equals("jean.dupont"))
                .findFirst()
                .orElseThrow();
        assertThat(jean.status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void an_invitation_past_a_limit_or_rule_is_refused_with_the_reason_and_the_form_kept() {
        signIn("admin", "ADMIN");
        navigate("app/admin/accounts");
        _click(_get(Button.class, spec -> spec.withId("accounts-invite")));
        InviteDialog dialog = _get(InviteDialog.class);

        dialog.name.setValue("N".repeat(201));
        dialog.email.setValue("long@example.org");
        assertThat(dialog.name.isInvalid()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        assertThat(notifications()).anyMatch(text -> text.startsWith("Name has 201 characters: at most 200"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).hasSize(201);
        SignIn.as("admin", "ADMIN");
        assertThat(administration.accounts("long@example.org", null)).isEmpty();

        dialog.name.setValue("Lou");
        dialog.email.setValue("rita-again@example.org");
        dialog.username.setValue("rita");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(notifications()).contains("Another account already has that username.");
    }

    @Test
    void the_accounts_screen_is_not_open_to_a_reviewer_or_an_editor() {
        signIn("eddie", "REVIEWER", "EDITOR");
        navigate("app/admin/accounts");
        assertThat(_find(AccountsView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

    @Test
    void everyone_changes_their_password_on_their_own_page_the_current_one_first() {
        signIn("omar", "REVIEWER");
        navigate("app/profile");
        ProfileView profile = _get(ProfileView.class);
        assertThat(profile.name.getValue()).isEqualTo("Omar Reviewer");

        profile.current.setValue("omar-password");
        profile.chosen.setValue("Lune-Vélo-Carafe-93");
        profile.repeated.setValue("Lune-Velo-Carafe-93");
        _click(_get(Button.class, spec -> spec.withId("profile-change-password")));
        assertThat(profile.repeated.getErrorMessage()).isEqualTo("The two passwords are not the same.");

        profile.current.setValue("not-my-password");
        profile.repeated.setValue("Lune-Vélo-Carafe-93");
        _click(_get(Button.class, spec -> spec.withId("profile-change-password")));
        assertThat(profile.current.isInvalid()).isTrue();
        assertThat(profile.current.getErrorMessage()).isEqualTo("The current password is not right.");

        profile.current.setValue("omar-password");
        profile.chosen.setValue("iloveyou12");
        profile.repeated.setValue("iloveyou12");
        _click(_get(Button.class, spec -> spec.withId("profile-change-password")));
        assertThat(profile.chosen.isInvalid()).isTrue();

        profile.chosen.setValue("Lune-Vélo-Carafe-93");
        profile.repeated.setValue("Lune-Vélo-Carafe-93");
        _click(_get(Button.class, spec -> spec.withId("profile-change-password")));
        assertThat(notifications()).contains("Your password was changed.");
        assertThat(profile.current.getValue()).isEmpty();
        SignIn.as("omar", "REVIEWER");
        accounts.changePassword("Lune-Vélo-Carafe-93", "omar-password-kq7-Vaporetto");
    }

    @Test
    void a_password_link_opens_a_page_to_choose_the_password_once_in_french_too() {
        SignIn.as("admin", "ADMIN");
        var link =
                administration.invite("Inès Morel", "ines@example.org", "ines", Set.of(Role.REVIEWER), Locale.FRENCH);
        SignIn.out();
        String path = link.url().substring(link.url().indexOf("/password/") + 1);
        UI.getCurrent().setLocale(Locale.FRENCH);

        navigate(path);
        SetPasswordView page = _get(SetPasswordView.class);
        assertThat(page.getElement().getTextRecursively())
                .contains("Bienvenue, Inès Morel", "Votre identifiant est ines");
        page.chosen.setValue("motdepasse");
        page.repeated.setValue("motdepasse");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(page.chosen.getErrorMessage()).startsWith("C’est l’un des mots de passe les plus courants");

        page.chosen.setValue("kq7-Vaporetto-lintel");
        page.repeated.setValue("kq7-Vaporetto-lintel");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-saved")).getText())
                .startsWith("Votre mot de passe est enregistré");

        navigate(path);
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .startsWith("Il a déjà servi");
        navigate("password/no-such-link");
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .startsWith("Ce n’est pas un lien de notre part");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private static List<AccountRow> rows(AccountsView view) {
        return GridKt._fetch(view.grid, 0, 1000);
    }
}
