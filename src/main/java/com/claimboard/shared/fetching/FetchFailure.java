package com.claimboard.shared.fetching;

/** Why a fetch did not give a page; the reason is for people, so each one has its own message. */
public class FetchFailure extends Exception {

    public enum Reason {
        INVALID_URL,
        UNSUPPORTED_SCHEME,
        /** A user name or password written into the address. */
        CREDENTIALS,
        /** A host written as a number in a form other than a.b.c.d (127.1, 0x7f000001, 017700000001). */
        NUMERIC_HOST,
        UNKNOWN_HOST,
        REFUSED_ADDRESS,
        TOO_MANY_REDIRECTS,
        TIMEOUT,
        TOO_LARGE,
        HTTP_STATUS,
        NOT_A_WEB_PAGE,
        /** A PDF that is damaged, or locked with a password. */
        PDF_UNREADABLE,
        /** A PDF without text to keep: a scan, or only images. */
        PDF_NO_TEXT,
        NETWORK;

        public String messageKey() {
            return "fetch.reason." + name();
        }
    }

    private final Reason reason;

    public FetchFailure(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public FetchFailure(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
