package com.claimboard.account;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.support.HttpSession;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Accounts run by admins, through the services and over real HTTP: invitations and their single-use links, roles,
 * deactivation (which ends open sessions), the last active admin, and everyone's own name and password.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "claimboard.public-base-url=https://desk.example.org")
@ActiveProfiles("test")
@Tag(TestDatabase.TAG)
class AccountAdministrationTest {

    private static final String GOOD = "kq7-Vaporetto-lintel";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        SignIn.as("admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_invitation_is_a_single_use_link_where_the_person_chooses_a_password_and_can_then_sign_in() {
        PasswordLink link = administration.invite(
                "Nadia Benali", "Nadia.Benali@Example.org", "nadia", EnumSet.of(Role.REVIEWER), Locale.FRENCH);

        assertThat(link.emailed()).as("no mail server in this context").isFalse();
        assertThat(link.url()).startsWith("https://desk.example.org/password/");
        assertThat(link.email()).isEqualTo("nadia.benali@example.org");
        AccountRow row = row("nadia");
        assertThat(row.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(row.roles()).containsExactly(Role.REVIEWER);
        assertThatThrownBy(() -> accounts.loadUserByUsername("nadia"))
                .as("no password yet: cannot sign in")
                .isInstanceOf(UsernameNotFoundException.class);
        String token = token(link);
        assertThat(jdbc.queryForObject("select count(*) from account_links where token_hash = ?", Integer.class, token))
                .as("the token itself is never stored")
                .isZero();

        SignIn.out();
        assertThat(accounts.checkLink(token).state()).isEqualTo(AccountService.LinkCheck.State.VALID);
        assertThat(accounts.checkLink(token).invitation()).isTrue();
        assertRefused(() -> accounts.setPasswordFromLink(token, "password1234"), "password.error.common");
        assertRefused(() -> accounts.setPasswordFromLink(token, "short"), "password.error.too-short");
        assertThat(accounts.checkLink(token).state())
                .as("a refused password leaves the link usable")
                .isEqualTo(AccountService.LinkCheck.State.VALID);
        assertThat(accounts.setPasswordFromLink(token, GOOD)).isEqualTo("nadia");

        assertThat(accounts.checkLink(token).state()).isEqualTo(AccountService.LinkCheck.State.USED);
        assertRefused(() -> accounts.setPasswordFromLink(token, GOOD + "2"), "password.link.used");
        assertThat(accounts.checkLink("not-a-link").state()).isEqualTo(AccountService.LinkCheck.State.UNKNOWN);
        HttpResponse<String> signIn = new HttpSession(port).signIn("nadia", GOOD);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        SignIn.as("admin", "ADMIN");
        assertThat(row("nadia").status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(row("nadia").lastSignInAt()).isNotNull();
        assertThat(administration.history(row("nadia").id()))
                .extracting(AccountHistoryEntry::change)
                .containsExactly(AccountChange.INVITED, AccountChange.PASSWORD_SET);
    }

    @Test
    void an_expired_link_is_refused_and_a_new_one_voids_the_old() {
        PasswordLink first = administration.invite(
                "Léa Martin", "lea@example.org", "lea", EnumSet.of(Role.REVIEWER), Locale.ENGLISH);
        PasswordLink second = administration.sendLink(row("lea").id(), Locale.ENGLISH);
        SignIn.out();

        assertThat(accounts.checkLink(token(first)).state()).isEqualTo(AccountService.LinkCheck.State.USED);
        jdbc.update(
                "update account_links set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                PasswordLinks.hash(token(second)));
        assertThat(accounts.checkLink(token(second)).state()).isEqualTo(AccountService.LinkCheck.State.EXPIRED);
        assertRefused(() -> accounts.setPasswordFromLink(token(second), GOOD), "password.link.expired");
    }

    @Test
    void an_invitation_is_refused_with_the_reason_and_nothing_is_created() {
        assertRefused(
                () -> administration.invite("", "x@example.org", "x1", Set.of(Role.REVIEWER), Locale.ENGLISH),
                "account.error.name-required");
        assertRefused(
                () -> administration.invite("X", "not-an-address", "x1", Set.of(Role.REVIEWER), Locale.ENGLISH),
                "account.error.email-invalid");
        assertRefused(
                () -> administration.invite("X", "x@example.org", "Has Space", Set.of(Role.REVIEWER), Locale.ENGLISH),
                "account.error.username-invalid");
        assertRefused(
                () -> administration.invite("X", "x@example.org", "x1", Set.of(), Locale.ENGLISH),
                "account.error.roles-required");
        assertRefused(
                () -> administration.invite("X", "x@example.org", "rita", Set.of(Role.REVIEWER), Locale.ENGLISH),
                "account.error.username-taken");
        String longestName = "N".repeat(AccountLimits.DISPLAY_NAME.max());
        assertRefused(
                () -> administration.invite(
                        longestName + "N", "x@example.org", "x1", Set.of(Role.REVIEWER), Locale.ENGLISH),
                "error.too-long");
        assertThat(administration.accounts("x1", null)).isEmpty();

        administration.invite(longestName, "x@example.org", "x1", Set.of(Role.REVIEWER), Locale.ENGLISH);
        assertThat(row("x1").displayName()).hasSize(AccountLimits.DISPLAY_NAME.max());
        assertRefused(
                () -> administration.invite("Y", "X@example.org", "y1", Set.of(Role.REVIEWER), Locale.ENGLISH),
                "account.error.email-taken");
    }

    @Test
    void a_deactivated_person_cannot_sign_in_and_their_open_session_ends() {
        administration.invite("Sam Ortiz", "sam@example.org", "sam", Set.of(Role.REVIEWER), Locale.ENGLISH);
        String token = token(administration.sendLink(row("sam").id(), Locale.ENGLISH));
        accounts.setPasswordFromLink(token, GOOD);
        HttpSession sam = new HttpSession(port);
        sam.signIn("sam", GOOD);
        assertThat(sam.get("/app/home").statusCode()).isEqualTo(200);

        AccountRow deactivated =
                administration.deactivate(row("sam").id(), row("sam").version());

        assertThat(deactivated.status()).isEqualTo(AccountStatus.DEACTIVATED);
        HttpResponse<String> next = sam.get("/app/home");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
        assertThat(sam.get("/app/home").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(accounts.loadUserByUsername("sam").isEnabled()).isFalse();
        HttpResponse<String> again = new HttpSession(port).signIn("sam", GOOD);
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("error"));
        assertRefused(() -> administration.sendLink(row("sam").id(), Locale.ENGLISH), "account.error.inactive");

        administration.reactivate(row("sam").id(), row("sam").version());
        assertThat(accounts.loadUserByUsername("sam").isEnabled()).isTrue();
        assertThat(administration.history(row("sam").id()))
                .extracting(AccountHistoryEntry::change)
                .containsSubsequence(AccountChange.DEACTIVATED, AccountChange.REACTIVATED);
    }

    @Test
    void a_role_change_is_recorded_and_ends_the_persons_sessions_so_the_new_roles_apply() {
        HttpSession omar = new HttpSession(port);
        omar.signIn("omar", "omar-password");
        assertThat(omar.get("/app/home").statusCode()).isEqualTo(200);

        AccountRow changed = administration.changeRoles(
                row("omar").id(), row("omar").version(), EnumSet.of(Role.REVIEWER, Role.EDITOR));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.EDITOR);
        assertThat(omar.get("/app/home").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?ended"));
        assertThat(accounts.loadUserByUsername("omar").getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_EDITOR");
        List<AccountHistoryEntry> history = administration.history(row("omar").id());
        assertThat(history.getLast().change()).isEqualTo(AccountChange.ROLES_CHANGED);
        assertThat(history.getLast().detail()).isEqualTo("REVIEWER → EDITOR, REVIEWER");
        assertThat(history.getLast().actor()).isEqualTo("admin");
        assertRefused(
                () -> administration.changeRoles(row("omar").id(), changed.version() - 1, Set.of(Role.REVIEWER)),
                "account.error.stale");
        administration.changeRoles(row("omar").id(), row("omar").version(), EnumSet.of(Role.REVIEWER));
    }

    @Test
    void the_desk_always_keeps_one_active_admin() {
        AccountRow me = row("admin");
        assertThat(me.allowedActions()).doesNotContain(AccountAction.DEACTIVATE);
        assertRefused(() -> administration.deactivate(me.id(), me.version()), "account.error.not-yourself");
        assertRefused(
                () -> administration.changeRoles(me.id(), me.version(), Set.of(Role.REVIEWER)),
                "account.error.last-admin");

        administration.invite("Ana Admin", "ana@example.org", "ana", Set.of(Role.ADMIN), Locale.ENGLISH);
        accounts.setPasswordFromLink(token(administration.sendLink(row("ana").id(), Locale.ENGLISH)), GOOD);
        SignIn.as("ana", "ADMIN");
        AccountRow first = row("admin");
        assertThat(first.allowedActions()).contains(AccountAction.DEACTIVATE);
        administration.deactivate(first.id(), first.version());
        assertThat(row("ana").allowedActions())
                .as("ana is now the last active admin")
                .doesNotContain(AccountAction.DEACTIVATE);
        assertRefused(
                () -> administration.changeRoles(row("ana").id(), row("ana").version(), Set.of(Role.EDITOR)),
                "account.error.last-admin");

        administration.reactivate(row("admin").id(), row("admin").version());
        SignIn.as("admin", "ADMIN");
        administration.changeRoles(row("ana").id(), row("ana").version(), Set.of(Role.EDITOR));
        assertThat(row("ana").roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void only_an_admin_may_run_accounts() {
        long rita = row("rita").id();
        for (String[] who : new String[][] {{"rita", "REVIEWER"}, {"eddie", "REVIEWER", "EDITOR"}}) {
            SignIn.as(who[0], java.util.Arrays.copyOfRange(who, 1, who.length));
            assertDenied(() -> administration.accounts(null, null));
            assertDenied(() -> administration.account(rita));
            assertDenied(() -> administration.invite("X", "z@example.org", "z1", Set.of(Role.ADMIN), Locale.ENGLISH));
            assertDenied(() -> administration.changeRoles(rita, 0, Set.of(Role.ADMIN)));
            assertDenied(() -> administration.deactivate(rita, 0));
            assertDenied(() -> administration.reactivate(rita, 0));
            assertDenied(() -> administration.sendLink(rita, Locale.ENGLISH));
            assertDenied(() -> administration.history(rita));
        }
        SignIn.out();
        assertThatThrownBy(() -> administration.accounts(null, null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void everyone_changes_their_own_name_and_password_the_current_one_first() {
        SignIn.as("erin", "REVIEWER", "EDITOR");
        assertThat(accounts.rename("  Erin Dubois ").displayName()).isEqualTo("Erin Dubois");
        assertRefused(() -> accounts.rename(" "), "account.error.name-required");
        assertRefused(() -> accounts.rename("E".repeat(201)), "error.too-long");
        assertThat(accounts.profile().displayName()).isEqualTo("Erin Dubois");

        assertRefused(() -> accounts.changePassword("wrong-password", GOOD), "password.error.current-wrong");
        assertRefused(() -> accounts.changePassword("erin-password", "qwertyuiop"), "password.error.common");
        assertRefused(() -> accounts.changePassword("erin-password", "erindubois1"), "password.error.personal");
        accounts.changePassword("erin-password", GOOD);
        assertThat(new HttpSession(port).signIn("erin", GOOD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        accounts.changePassword(GOOD, "erin-password-" + GOOD);
    }

    private AccountRow row(String username) {
        return administration.accounts(username, null).stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static String token(PasswordLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private static void assertDenied(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
    }
}
