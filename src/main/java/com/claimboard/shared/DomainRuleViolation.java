package com.claimboard.shared;

/**
 * A user asked for something the workflow does not allow (an illegal state move, an editor approving
 * their own verdict). Carries a translation key so every UI can say it in the reader's language.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;

    public DomainRuleViolation(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
