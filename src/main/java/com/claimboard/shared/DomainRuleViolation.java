package com.claimboard.shared;

import java.util.List;

/**
 * A user asked for something the workflow does not allow (an illegal state move, an editor approving their own
 * verdict, a text over its limit). Carries a translation key, and the values the message names, so every UI can
 * say it in the reader's language.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> params;

    public DomainRuleViolation(String messageKey, String detail, Object... params) {
        super(detail);
        this.messageKey = messageKey;
        this.params = List.of(params);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names, in order: a limit, a count… */
    public Object[] params() {
        return params.toArray();
    }
}
