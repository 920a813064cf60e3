package com.claimboard.shared;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server error is shown to the person as a reference (never a stack trace), and logged with the same
 * reference and the whole trace, so whoever reads the log finds what they saw.
 */
public final class ErrorReferences {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferences.class);
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReferences() {}

    /** Logs the failure under a new reference and returns the reference, such as "E-7KQ2-M9XA". */
    public static String log(Throwable failure, String where) {
        String reference = newReference();
        log.error("Unexpected error, reference {}, at {}", reference, where, failure);
        return reference;
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("E-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
