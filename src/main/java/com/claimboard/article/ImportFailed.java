package com.claimboard.article;

import com.claimboard.shared.DomainRuleViolation;

/** A page could not be imported; the key says why in words a reviewer understands. */
public class ImportFailed extends DomainRuleViolation {

    ImportFailed(String messageKey, String detail, Object... params) {
        super(messageKey, detail, params);
    }
}
