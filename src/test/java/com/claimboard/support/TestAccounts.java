package com.claimboard.support;

import com.claimboard.account.AccountService;
import com.claimboard.account.Role;
import java.util.EnumSet;

/** The accounts most tests work with. Passwords are "NAME-password". */
public final class TestAccounts {

    private TestAccounts() {}

    public static void ensure(AccountService accounts) {
        create(accounts, "rita", "Rita Reviewer", EnumSet.of(Role.REVIEWER));
        create(accounts, "omar", "Omar Reviewer", EnumSet.of(Role.REVIEWER));
        create(accounts, "eddie", "Eddie Editor", EnumSet.of(Role.REVIEWER, Role.EDITOR));
        create(accounts, "erin", "Erin Editor", EnumSet.of(Role.REVIEWER, Role.EDITOR));
    }

    private static void create(AccountService accounts, String username, String name, EnumSet<Role> roles) {
        if (!accounts.exists(username)) {
            accounts.createAccount(username, name, username + "-password", roles);
        }
    }
}
