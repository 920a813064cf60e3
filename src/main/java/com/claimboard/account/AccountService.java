package com.claimboard.account;

import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-in look-up, creation, and the names other modules show for a username. */
@Service
public class AccountService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final AccountEventRepository events;
    private final PasswordLinks links;
    private final PasswordEncoder passwordEncoder;

    AccountService(
            AccountRepository accounts,
            AccountEventRepository events,
            PasswordLinks links,
            PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.events = events;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                // An invited person without a password yet cannot sign in: answered like an unknown name.
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList())
                .build();
    }

    /** The name to show for a username; the username itself when the account is gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String displayName(String username) {
        if (username == null) {
            return null;
        }
        return accounts.findByUsername(username).map(Account::displayName).orElse(username);
    }

    /** The account's id (what a change to the person's inbox names), if there is such an account. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String username) {
        return username == null
                ? Optional.empty()
                : accounts.findByUsername(username).map(Account::id);
    }

    /** Where to e-mail an active person, if they gave an address. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String username) {
        return accounts.findByUsername(username)
                .filter(Account::enabled)
                .map(Account::email)
                .filter(email -> !email.isBlank());
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AccountSummary> reviewers() {
        return accounts.findAll().stream()
                .filter(a -> a.roles().contains(Role.REVIEWER))
                .map(a -> new AccountSummary(a.username(), a.displayName(), a.roles()))
                .toList();
    }

    /** The people a claim may be given to: active accounts that research claims (reviewers and editors). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AccountSummary> assignable() {
        return accounts.findAll().stream()
                .filter(Account::canResearch)
                .map(a -> new AccountSummary(a.username(), a.displayName(), a.roles()))
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isAssignable(String username) {
        return username != null
                && accounts.findByUsername(username)
                        .filter(Account::canResearch)
                        .isPresent();
    }

    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return accounts.anyAdmin();
    }

    /** Creates an account with a hashed password; used by the first-admin set-up and the demo data. */
    @Transactional
    public void createAccount(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("An account named " + username + " exists already");
        }
        Account account = accounts.save(new Account(username, displayName, passwordEncoder.encode(rawPassword), roles));
        events.save(new AccountEvent(
                account.id(), AccountChange.CREATED, "system", AccountAdministration.rolesText(roles), Instant.now()));
    }

    /** Notes a successful sign-in, for the admin's grid. */
    @Transactional
    void signedIn(String username, Instant at) {
        accounts.findByUsername(username).ifPresent(account -> account.signedIn(at));
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Profile profile() {
        Account me = mine();
        return new Profile(me.username(), me.displayName(), me.email(), me.roles(), me.version());
    }

    /** The signed-in person changes the name the desk and the public pages show for them. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Profile rename(String displayName) {
        Account me = mine();
        String name = AccountLimits.DISPLAY_NAME.check(displayName);
        rule(name != null && !name.isBlank(), "account.error.name-required", "required");
        String before = me.displayName();
        if (!before.equals(name.strip())) {
            me.rename(name);
            events.save(new AccountEvent(
                    me.id(), AccountChange.RENAMED, me.username(), before + " → " + me.displayName(), Instant.now()));
        }
        return profile();
    }

    /**
     * The signed-in person changes their password: the current one first, then a new one that the policy accepts
     * ({@link PasswordPolicy}). Their other sessions stay open; this one too.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        Account me = mine();
        rule(
                currentPassword != null
                        && me.passwordHash() != null
                        && passwordEncoder.matches(currentPassword, me.passwordHash()),
                "password.error.current-wrong",
                "current password wrong");
        PasswordPolicy.check(newPassword, me.username(), me.displayName(), me.email());
        rule(!passwordEncoder.matches(newPassword, me.passwordHash()), "password.error.same", "same as before");
        me.setPasswordHash(passwordEncoder.encode(newPassword));
        events.save(new AccountEvent(me.id(), AccountChange.PASSWORD_CHANGED, me.username(), null, Instant.now()));
        log.info("'{}' changed their password", Logs.safe(me.username()));
    }

    /** What a single-use link opens, for the page it leads to; anyone holding the link may ask. */
    @Transactional(readOnly = true)
    public LinkCheck checkLink(String token) {
        Optional<AccountLink> link = links.find(token);
        if (link.isEmpty()) {
            return new LinkCheck(LinkCheck.State.UNKNOWN, null, null, false);
        }
        Account account = accounts.findById(link.get().accountId()).orElse(null);
        if (account == null || !account.enabled()) {
            return new LinkCheck(LinkCheck.State.UNKNOWN, null, null, false);
        }
        LinkCheck.State state = link.get().used()
                ? LinkCheck.State.USED
                : link.get().usable(Instant.now()) ? LinkCheck.State.VALID : LinkCheck.State.EXPIRED;
        return new LinkCheck(
                state,
                account.username(),
                account.displayName(),
                link.get().purpose() == AccountLink.Purpose.INVITATION);
    }

    /**
     * Sets the password from a single-use link, which then stops working. Refused, with the reason, when the link
     * is unknown, used or expired, or the password breaks the policy; nothing changes then.
     */
    @Transactional
    public String setPasswordFromLink(String token, String newPassword) {
        AccountLink link =
                links.find(token).orElseThrow(() -> new DomainRuleViolation("password.link.unknown", "unknown"));
        Account account = accounts.findById(link.accountId())
                .filter(Account::enabled)
                .orElseThrow(() -> new DomainRuleViolation("password.link.unknown", "no active account"));
        Instant now = Instant.now();
        rule(!link.used(), "password.link.used", "used");
        rule(link.usable(now), "password.link.expired", "expired");
        PasswordPolicy.check(newPassword, account.username(), account.displayName(), account.email());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        link.use(now);
        events.save(new AccountEvent(
                account.id(),
                AccountChange.PASSWORD_SET,
                account.username(),
                link.purpose() == AccountLink.Purpose.INVITATION ? "invitation" : "reset",
                now));
        log.info("'{}' set their password from a {} link", Logs.safe(account.username()), link.purpose());
        return account.username();
    }

    private Account mine() {
        String username = CurrentUser.username();
        return accounts.findByUsername(username).orElseThrow(() -> new NotFound("account", username));
    }

    /** The signed-in person's own account, as their profile page shows it. */
    public record Profile(String username, String displayName, String email, Set<Role> roles, long version) {}

    /** What a password link leads to: whether it still works, and whose it is. */
    public record LinkCheck(State state, String username, String displayName, boolean invitation) {
        public enum State {
            VALID,
            USED,
            EXPIRED,
            UNKNOWN;

            /** Why a link that is not valid cannot be used, as a translation key. */
            public String messageKey() {
                return "password.link." + name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    public record AccountSummary(String username, String displayName, Set<Role> roles) {}
}
