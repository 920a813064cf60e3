package com.claimboard.account;

import java.util.List;
import java.util.Set;
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

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
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
        accounts.save(new Account(username, displayName, passwordEncoder.encode(rawPassword), roles));
    }

    public record AccountSummary(String username, String displayName, Set<Role> roles) {}
}
