package com.claimboard.shared.fetching;

/** Why a fetch did not give a page; the reason is for people, so each one has its own message. */
public class FetchFailure extends Exception {

    public enum Reason {
        INVALID_URL,
        UNSUPPORTED_SCHEME,
        UNKNOWN_HOST,
        REFUSED_ADDRESS,
        TOO_MANY_REDIRECTS,
        TIMEOUT,
        TOO_LARGE,
        HTTP_STATUS,
        NOT_A_WEB_PAGE,
        NETWORK
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
