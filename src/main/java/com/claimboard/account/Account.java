package com.claimboard.account;

import static com.claimboard.shared.Preconditions.require;
import static com.claimboard.shared.Preconditions.requireText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who signs in to the workspace. The password is only ever held as a hash; an invited person has none
 * until they set one from their link, and cannot sign in before.
 */
@Entity
@Table(name = "accounts")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected Account() {}

    /** An account with a password already chosen (the first admin, the demo's people). */
    Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this(username, displayName, roles);
        this.passwordHash = requireText(passwordHash, "passwordHash");
    }

    private Account(String username, String displayName, Set<Role> roles) {
        this.username = requireText(username, "username").trim();
        this.displayName = requireText(displayName, "displayName").trim();
        setRoles(roles);
        this.createdAt = Instant.now();
    }

    /** An invited person: no password until they set one from their link. */
    static Account invited(String username, String displayName, String email, Set<Role> roles) {
        Account account = new Account(username, displayName, roles);
        account.email = requireText(email, "email").trim().toLowerCase(java.util.Locale.ROOT);
        return account;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    /** Whether the person may sign in: active, with a password of their own. */
    boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    boolean invited() {
        return passwordHash == null;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    Set<Role> roles() {
        return Arrays.stream(roles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Active and a reviewer or an editor: someone a claim can be given to. */
    boolean canResearch() {
        Set<Role> held = roles();
        return enabled && (held.contains(Role.REVIEWER) || held.contains(Role.EDITOR));
    }

    boolean isActiveAdmin() {
        return enabled && roles().contains(Role.ADMIN);
    }

    void setRoles(Set<Role> roles) {
        require(roles != null && !roles.isEmpty(), "an account needs at least one role");
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    void rename(String displayName) {
        this.displayName = requireText(displayName, "displayName").trim();
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = requireText(passwordHash, "passwordHash");
    }

    void deactivate() {
        this.enabled = false;
    }

    void reactivate() {
        this.enabled = true;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }
}
