package org.foodtrace.core.shared;

/**
 * Text rule shared by every free-text field: at most 200 characters, no control characters, and well-formed UTF-16
 * (no lone surrogate, which no encoding can store or show as a character).
 */
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
        if (hasLoneSurrogate(value)) {
            throw new DomainRuleViolation(RuleCode.INVALID_TEXT, field + " contains a lone surrogate");
        }
        return value;
    }

    /** Whether a surrogate code unit stands without its pair (malformed UTF-16). */
    public static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
