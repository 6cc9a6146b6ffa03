package org.foodtrace.core.shared;

/** Text rule shared by every free-text field: at most 200 characters and no control characters. */
public final class Text {

    public static final int MAX_LENGTH = 200;

    private Text() {
    }

    /** Returns the value if it is non-blank, short enough and free of control characters. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(RuleCode.INVALID_TEXT, field + " is required");
        }
        return optional(value, field);
    }

    /** Returns the value (possibly null) if it is short enough and free of control characters. */
    public static String optional(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(RuleCode.INVALID_TEXT, field + " is longer than " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new DomainRuleViolation(RuleCode.INVALID_TEXT, field + " contains control characters");
        }
        return value;
    }
}
