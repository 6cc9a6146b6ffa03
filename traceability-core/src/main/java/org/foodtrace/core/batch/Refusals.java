package org.foodtrace.core.batch;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;

/** Small helpers to state a refusal where a rule is checked. */
final class Refusals {

    private Refusals() {
    }

    static void refuseIf(boolean condition, RuleCode code, String message) {
        if (condition) {
            throw new DomainRuleViolation(code, message);
        }
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, what + " is required");
        }
        return value;
    }
}
