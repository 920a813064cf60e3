package com.claimboard.account;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there are no default accounts: when the database holds no admin, the first one comes
 * from CLAIMBOARD_ADMIN_USERNAME and CLAIMBOARD_ADMIN_PASSWORD, and without them the application refuses
 * to start rather than run with nobody able to manage it.
 */
@Component
@Order(100) // after the demo data, which brings its own admin
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdmin(
            AccountService accounts,
            @Value("${claimboard.admin.username:}") String username,
            @Value("${claimboard.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin();
    }

    void ensureAdmin() {
        if (accounts.anyAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException(
                    "The database has no admin account. Set CLAIMBOARD_ADMIN_USERNAME and CLAIMBOARD_ADMIN_PASSWORD"
                            + " (at least 8 characters) to create the first one, or run the demo profile"
                            + " (./mvnw spring-boot:run) for demo accounts.");
        }
        if (accounts.exists(username)) {
            throw new IllegalStateException(
                    "CLAIMBOARD_ADMIN_USERNAME names an existing account that is not an admin: " + username);
        }
        accounts.createAccount(username, username, password, EnumSet.of(Role.ADMIN));
        log.info("Created the first admin account '{}' from the environment", username);
    }
}
