package org.foodtrace.core.gs1;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;

/**
 * A GS1 Global Trade Item Number: 8, 12, 13 or 14 digits whose last digit is the GS1 mod-10 check
 * digit, kept as the 14-digit form (left-padded with zeros). Anything else is refused with INVALID_GTIN.
 */
public record Gtin(String value) {

    public Gtin {
        value = normalise(value);
    }

    public static Gtin of(String value) {
        return new Gtin(value);
    }

    /** The GS1 mod-10 check digit for the given digits (the GTIN without its check digit). */
    static int checkDigit(CharSequence digitsWithoutCheck) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            sum += (digitsWithoutCheck.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    private static String normalise(String raw) {
        if (raw == null) {
            throw new DomainRuleViolation(RuleCode.INVALID_GTIN, "a GTIN is required");
        }
        int length = raw.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            throw new DomainRuleViolation(RuleCode.INVALID_GTIN, "a GTIN has 8, 12, 13 or 14 digits");
        }
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                throw new DomainRuleViolation(RuleCode.INVALID_GTIN, "a GTIN has digits only");
            }
        }
        if (checkDigit(raw.subSequence(0, length - 1)) != raw.charAt(length - 1) - '0') {
            throw new DomainRuleViolation(RuleCode.INVALID_GTIN, "wrong GTIN check digit");
        }
        String gtin14 = "0".repeat(14 - length) + raw;
        if (gtin14.chars().allMatch(c -> c == '0')) {
            throw new DomainRuleViolation(RuleCode.INVALID_GTIN, "a GTIN cannot be all zeros");
        }
        return gtin14;
    }

    @Override
    public String toString() {
        return value;
    }
}
