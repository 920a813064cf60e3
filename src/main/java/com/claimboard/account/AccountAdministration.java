package com.claimboard.account;

import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.Actor;
import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's side of accounts: invite, change roles, deactivate and reactivate, send a new password link, and
 * read each account's trail. The desk always keeps one active admin; what an admin may do to each account is
 * decided here and carried on every row ({@link AccountRow#allowedActions}).
 */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountRepository accounts;
    private final AccountEventRepository events;
    private final PasswordLinks links;
    private final LinkMailer mailer;
    private final OpenSessions sessions;
    private final TransactionTemplate transactions;

    AccountAdministration(
            AccountRepository accounts,
            AccountEventRepository events,
            PasswordLinks links,
            LinkMailer mailer,
            OpenSessions sessions,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.events = events;
        this.links = links;
        this.mailer = mailer;
        this.sessions = sessions;
    }

    /** Every account, by name; {@code search} looks in name, username and e-mail, {@code role} may be null. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AccountRow> accounts(String search, Role role) {
        Actor me = CurrentUser.actor();
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<Account> all = accounts.findAllByOrderByDisplayNameAscIdAsc();
        long activeAdmins = all.stream().filter(Account::isActiveAdmin).count();
        return all.stream()
                .filter(a -> role == null || a.roles().contains(role))
                .filter(a -> needle.isEmpty() || matches(a, needle))
                .map(a -> row(a, me, activeAdmins))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AccountRow account(long id) {
        Account account = load(id);
        return row(
                account,
                CurrentUser.actor(),
                accounts.findAll().stream().filter(Account::isActiveAdmin).count());
    }

    /** Whether invitations go by e-mail; without a mail server the admin passes the link on. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public boolean mailConfigured() {
        return mailer.configured();
    }

    /**
     * Invites a person: the account exists at once (without a password) and a single-use link lets them choose
     * their password. The link is e-mailed, in {@code language}, when a mail server is configured.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PasswordLink invite(String displayName, String email, String username, Set<Role> roles, Locale language) {
        return deliver(transactions.execute(status -> createInvited(displayName, email, username, roles)), language);
    }

    private Issued createInvited(String displayName, String email, String username, Set<Role> roles) {
        Actor me = CurrentUser.actor();
        String name = required(AccountLimits.DISPLAY_NAME.check(displayName), "account.error.name-required");
        String address = required(AccountLimits.EMAIL.check(email), "account.error.email-required")
                .toLowerCase(Locale.ROOT);
        rule(EMAIL.matcher(address).matches(), "account.error.email-invalid", "not an e-mail address");
        String login = required(AccountLimits.USERNAME.check(username), "account.error.username-required")
                .toLowerCase(Locale.ROOT);
        rule(USERNAME.matcher(login).matches(), "account.error.username-invalid", "not a username");
        rule(roles != null && !roles.isEmpty(), "account.error.roles-required", "no role");
        rule(accounts.findByUsername(login).isEmpty(), "account.error.username-taken", "username taken");
        rule(accounts.findByEmail(address).isEmpty(), "account.error.email-taken", "e-mail taken");
        Account account = accounts.saveAndFlush(Account.invited(login, name, address, EnumSet.copyOf(roles)));
        Instant now = Instant.now();
        record(account, AccountChange.INVITED, me, rolesText(account.roles()), now);
        log.info("'{}' invited '{}' with roles {}", Logs.safe(me.username()), login, rolesText(account.roles()));
        return issue(account, AccountLink.Purpose.INVITATION, me, now);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AccountRow changeRoles(long id, long expectedVersion, Set<Role> roles) {
        Actor me = CurrentUser.actor();
        rule(roles != null && !roles.isEmpty(), "account.error.roles-required", "no role");
        List<Account> admins = accounts.lockActiveAdmins();
        Account account = load(id, expectedVersion);
        Set<Role> before = account.roles();
        if (before.equals(roles)) {
            return row(account, me, admins.size());
        }
        boolean losesAdmin = account.isActiveAdmin() && !roles.contains(Role.ADMIN);
        rule(!losesAdmin || admins.size() > 1, "account.error.last-admin", "the last active admin");
        account.setRoles(EnumSet.copyOf(roles));
        Instant now = Instant.now();
        record(account, AccountChange.ROLES_CHANGED, me, rolesText(before) + " → " + rolesText(roles), now);
        log.info(
                "'{}' changed the roles of '{}': {} -> {}",
                Logs.safe(me.username()),
                account.username(),
                rolesText(before),
                rolesText(roles));
        Account saved = save(account);
        // Roles are read at sign-in: the person signs in again and works with the new ones.
        sessions.end(account.username());
        return row(saved, me, admins.size() - (losesAdmin ? 1 : 0));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AccountRow deactivate(long id, long expectedVersion) {
        Actor me = CurrentUser.actor();
        List<Account> admins = accounts.lockActiveAdmins();
        Account account = load(id, expectedVersion);
        check(account, AccountAction.DEACTIVATE, me, admins.size());
        account.deactivate();
        record(account, AccountChange.DEACTIVATED, me, null, Instant.now());
        log.info("'{}' deactivated '{}'", Logs.safe(me.username()), account.username());
        Account saved = save(account);
        sessions.end(account.username());
        return row(saved, me, admins.size() - (saved.roles().contains(Role.ADMIN) ? 1 : 0));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AccountRow reactivate(long id, long expectedVersion) {
        Actor me = CurrentUser.actor();
        Account account = load(id, expectedVersion);
        check(account, AccountAction.REACTIVATE, me, 0);
        account.reactivate();
        record(account, AccountChange.REACTIVATED, me, null, Instant.now());
        log.info("'{}' reactivated '{}'", Logs.safe(me.username()), account.username());
        Account saved = save(account);
        return row(
                saved,
                me,
                accounts.findAll().stream().filter(Account::isActiveAdmin).count());
    }

    /**
     * A new single-use link for the account: its invitation again while it has no password, otherwise a password
     * reset (the current password keeps working until the new one is set). Earlier unused links stop working.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PasswordLink sendLink(long id, Locale language) {
        return deliver(transactions.execute(status -> issueAgain(id)), language);
    }

    private Issued issueAgain(long id) {
        Actor me = CurrentUser.actor();
        Account account = load(id);
        check(account, AccountAction.SEND_LINK, me, 0);
        Instant now = Instant.now();
        AccountLink.Purpose purpose = account.invited() ? AccountLink.Purpose.INVITATION : AccountLink.Purpose.RESET;
        record(
                account,
                purpose == AccountLink.Purpose.INVITATION ? AccountChange.INVITED : AccountChange.PASSWORD_RESET_ISSUED,
                me,
                null,
                now);
        log.info("'{}' issued a new {} link for '{}'", Logs.safe(me.username()), purpose, account.username());
        return issue(account, purpose, me, now);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AccountHistoryEntry> history(long id) {
        load(id);
        return events.findByAccountIdOrderByAtAscIdAsc(id).stream()
                .map(AccountEvent::entry)
                .toList();
    }

    /** A link made and committed, to be delivered. */
    private record Issued(AccountLink.Purpose purpose, LinkMailer.Recipient to, PasswordLinks.Made link) {}

    private Issued issue(Account account, AccountLink.Purpose purpose, Actor me, Instant now) {
        PasswordLinks.Made made = links.make(account, purpose, me.username(), now);
        return new Issued(
                purpose, new LinkMailer.Recipient(account.username(), account.displayName(), account.email()), made);
    }

    /** After the commit, never inside the transaction: the mail server may be slow or down. */
    private PasswordLink deliver(Issued issued, Locale language) {
        boolean emailed = mailer.send(
                issued.purpose(),
                issued.to(),
                issued.link().url(),
                issued.link().expiresAt(),
                language);
        return new PasswordLink(
                issued.link().url(), issued.to().email(), issued.link().expiresAt(), emailed);
    }

    /** The account's own rules: what this admin may do to it now. */
    static Set<AccountAction> allowed(Account account, Actor me, long activeAdmins) {
        if (!me.isAdmin()) {
            return Set.of();
        }
        Set<AccountAction> allowed = EnumSet.of(AccountAction.CHANGE_ROLES);
        boolean lastAdmin = account.isActiveAdmin() && activeAdmins <= 1;
        if (account.enabled() && !me.is(account.username()) && !lastAdmin) {
            allowed.add(AccountAction.DEACTIVATE);
        }
        if (!account.enabled()) {
            allowed.add(AccountAction.REACTIVATE);
        } else {
            allowed.add(AccountAction.SEND_LINK);
        }
        return allowed;
    }

    private static void check(Account account, AccountAction action, Actor me, long activeAdmins) {
        if (allowed(account, me, activeAdmins).contains(action)) {
            return;
        }
        String key = switch (action) {
            case DEACTIVATE ->
                !account.enabled()
                        ? "account.error.already-inactive"
                        : me.is(account.username()) ? "account.error.not-yourself" : "account.error.last-admin";
            case REACTIVATE -> "account.error.already-active";
            case SEND_LINK -> "account.error.inactive";
            case CHANGE_ROLES -> "error.access-denied";
        };
        throw new DomainRuleViolation(key, action + " not allowed on " + account.username());
    }

    private AccountRow row(Account account, Actor me, long activeAdmins) {
        AccountStatus status = !account.enabled()
                ? AccountStatus.DEACTIVATED
                : account.invited() ? AccountStatus.INVITED : AccountStatus.ACTIVE;
        return new AccountRow(
                account.id(),
                account.version(),
                account.username(),
                account.displayName(),
                account.email(),
                account.roles(),
                status,
                account.lastSignInAt(),
                account.createdAt(),
                allowed(account, me, activeAdmins));
    }

    private void record(Account account, AccountChange change, Actor actor, String detail, Instant at) {
        events.save(new AccountEvent(account.id(), change, actor.username(), detail, at));
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
    }

    private Account load(long id, long expectedVersion) {
        Account account = load(id);
        rule(account.version() == expectedVersion, "account.error.stale", "changed by someone else");
        return account;
    }

    private Account save(Account account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new DomainRuleViolation("account.error.stale", "changed by someone else");
        }
    }

    private static boolean matches(Account account, String needle) {
        return account.displayName().toLowerCase(Locale.ROOT).contains(needle)
                || account.username().contains(needle)
                || (account.email() != null && account.email().contains(needle));
    }

    private static String required(String value, String key) {
        rule(value != null && !value.isBlank(), key, "required");
        return value.strip();
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
