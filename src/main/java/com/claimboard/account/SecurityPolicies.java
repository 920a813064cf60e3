package com.claimboard.account;

/** The Content Security Policies the two faces of the application send with every response. */
public final class SecurityPolicies {

    /** No script runs on the public site (its JSON-LD block is data, not script), and nothing comes from elsewhere. */
    public static final String PUBLIC_SITE = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Vaadin runs inline bootstrap script and evaluates the scripts the server sends ({@code executeJs}), and its
     * components set inline styles: those three are allowed, from this origin only; nothing else is.
     */
    public static final String WORKSPACE = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The card made for other sites' pages ({@code /embed/...}): the public site's policy, framed by anyone. */
    public static final String EMBED = PUBLIC_SITE.replace("frame-ancestors 'none'", "frame-ancestors *");

    /** The public page as it will appear, shown to an editor inside the workspace before approval: framed by it only. */
    public static final String PREVIEW = PUBLIC_SITE.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

    private SecurityPolicies() {}
}
