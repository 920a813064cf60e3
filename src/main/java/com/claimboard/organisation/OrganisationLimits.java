package com.claimboard.organisation;

import com.claimboard.shared.TextLimit;

/** How long the organisation's texts may be, and how large its logo. */
public final class OrganisationLimits {

    public static final TextLimit NAME = new TextLimit("organisation.field.name", 200);

    public static final TextLimit EMAIL = new TextLimit("organisation.field.email", 320);

    public static final TextLimit METHODOLOGY = new TextLimit("organisation.field.methodology", 20_000);

    /** A logo is shown small at the top of every page: half a megabyte is plenty. */
    public static final int LOGO_MAX_BYTES = 512 * 1024;

    private OrganisationLimits() {}
}
