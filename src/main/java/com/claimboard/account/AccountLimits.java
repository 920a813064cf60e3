package com.claimboard.account;

import com.claimboard.shared.TextLimit;

/** How long an account's texts may be; the forms show these and the services enforce them. */
public final class AccountLimits {

    public static final TextLimit DISPLAY_NAME = new TextLimit("account.field.name", 200);

    /** The longest address the mail standards allow. */
    public static final TextLimit EMAIL = new TextLimit("account.field.email", 320);

    public static final TextLimit USERNAME = new TextLimit("account.field.username", 50);

    /** A password is at least this long, and at most {@link #PASSWORD_MAX}. */
    public static final int PASSWORD_MIN = PasswordPolicy.MIN;

    public static final int PASSWORD_MAX = PasswordPolicy.MAX;

    private AccountLimits() {}
}
