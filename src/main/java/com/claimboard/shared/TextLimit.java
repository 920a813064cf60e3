package com.claimboard.shared;

/**
 * The most characters a text field holds. Stated on the form before it is reached (a counter such as
 * "212 / 280"), and enforced by the domain: a longer text is refused with a message that names the field and the
 * limit, and nothing is cut or saved.
 *
 * @param labelKey the translation key of the field's name, for the message
 */
public record TextLimit(String labelKey, int max) {

    public TextLimit {
        Preconditions.requireText(labelKey, "labelKey");
        Preconditions.require(max > 0, "a limit is positive");
    }

    /** The text, when it fits (null passes); otherwise a {@link TooLong}. */
    public String check(String text) {
        if (text != null && text.length() > max) {
            throw new TooLong(this, text.length());
        }
        return text;
    }

    public boolean fits(String text) {
        return text == null || text.length() <= max;
    }

    /** A text over its limit: the message says which field, how long it is and how long it may be. */
    public static final class TooLong extends DomainRuleViolation {

        private final TextLimit limit;

        TooLong(TextLimit limit, int length) {
            super(
                    "error.too-long",
                    limit.labelKey() + " has " + length + " characters, over " + limit.max(),
                    new Label(limit.labelKey()),
                    length,
                    limit.max());
            this.limit = limit;
        }

        public TextLimit limit() {
            return limit;
        }

        public int length() {
            return (int) params()[1];
        }
    }
}
