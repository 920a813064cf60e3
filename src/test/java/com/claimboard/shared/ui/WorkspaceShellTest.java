package com.claimboard.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.Role;
import com.claimboard.claim.ui.BoardView;
import com.claimboard.support.FailingView;
import com.claimboard.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.ErrorEvent;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The workspace's frame: a home for every role, its own words for a wrong address, a fault or a refusal. */
@ExtendWith(OutputCaptureExtension.class)
class WorkspaceShellTest extends KaribuTest {

    @Test
    void an_admin_lands_on_the_accounts_with_the_menu_and_sign_out() {
        if (!accounts.exists("ada")) {
            accounts.createAccount("ada", "Ada Admin", "ada-password", EnumSet.of(Role.ADMIN));
        }
        signIn("ada", "ADMIN");

        navigate("app/home");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("app/admin/accounts");
        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .contains("Accounts", "Your account");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText())
                .isEqualTo("Sign out");
    }

    @Test
    void a_reviewer_goes_on_from_home_to_the_board() {
        signIn("rita", "REVIEWER");

        navigate("app/home");

        assertThat(_find(BoardView.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("app");
    }

    @Test
    void a_page_the_roles_do_not_open_says_not_allowed_in_french_too() {
        signIn("rita", "REVIEWER");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);

        navigate("app/review");

        assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
                .contains("Accès non autorisé", "Retour à l'accueil");
        assertThat(_get(MainLayout.class)).isNotNull();
    }

    @Test
    void a_page_that_fails_to_open_shows_a_reference_that_is_in_the_log(CapturedOutput log) {
        signIn("rita", "REVIEWER");

        navigate("app/test-failure");

        String reference =
                _get(Span.class, spec -> spec.withId("error-reference")).getText();
        assertThat(reference).matches("E-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(_get(ServerErrorView.class).getElement().getTextRecursively())
                .doesNotContain(FailingView.FAULT)
                .doesNotContain("Exception");
        assertThat(log.getAll()).contains("reference " + reference, FailingView.FAULT);
    }

    @Test
    void an_action_that_fails_tells_the_person_a_reference_that_is_in_the_log(CapturedOutput log) {
        signIn("rita", "REVIEWER");
        navigate("app");

        WorkspaceErrors.report(new ErrorEvent(new IllegalStateException("the button broke on purpose")));

        String shown =
                NotificationsKt.getNotifications().getFirst().getElement().getProperty("text", "");
        java.util.regex.Matcher reference =
                java.util.regex.Pattern.compile("E-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(shown);
        assertThat(reference.find()).isTrue();
        assertThat(shown).doesNotContain("broke on purpose");
        assertThat(log.getAll()).contains("reference " + reference.group(), "the button broke on purpose");
    }

    @Test
    void logout_offers_a_signed_in_person_one_button_to_sign_out() {
        signIn("eddie", "EDITOR", "REVIEWER");

        navigate("logout");

        assertThat(_get(Button.class, spec -> spec.withId("logout-confirm")).getText())
                .isEqualTo("Sign out");
    }
}
