package org.foodtrace.core.shared;

import java.util.UUID;

final class Ids {

    private Ids() {
    }

    static void requireCanonicalUuid(String value, String what) {
        if (value == null) {
            throw new DomainRuleViolation(RuleCode.INVALID_ID, what + " is required");
        }
        boolean canonical;
        try {
            canonical = UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            canonical = false;
        }
        if (!canonical) {
            throw new DomainRuleViolation(RuleCode.INVALID_ID, what + " is not lower-case UUID text");
        }
    }
}
