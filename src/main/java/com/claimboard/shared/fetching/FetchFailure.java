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
    private final int status;

    public FetchFailure(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
        this.status = 0;
    }

    /** The server answered with an error status. */
    public static FetchFailure status(int status) {
        return new FetchFailure(status);
    }

    private FetchFailure(int status) {
        super("HTTP " + status);
        this.reason = Reason.HTTP_STATUS;
        this.status = status;
    }

    public FetchFailure(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.status = 0;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status the server answered with; 0 when it did not answer with one. */
    public int status() {
        return status;
    }

    /**
     * Whether asking again later may work: the server was unreachable or too slow, or said it is overloaded or
     * failing (5xx, 408, 429). An address we refuse, a page that is not there (404) or not a web page will not
     * change by waiting.
     */
    public boolean temporary() {
        return switch (reason) {
            case TIMEOUT, NETWORK -> true;
            case HTTP_STATUS -> status >= 500 || status == 408 || status == 429;
            default -> false;
        };
    }
}
