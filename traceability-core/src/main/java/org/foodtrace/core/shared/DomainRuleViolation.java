package org.foodtrace.core.shared;

import java.util.Objects;

/** A command or value refused by a domain rule; {@link #code()} is the stable name of that rule. */
public class DomainRuleViolation extends RuntimeException {

    private final RuleCode code;

    public DomainRuleViolation(RuleCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public RuleCode code() {
        return code;
    }

    @Override
    public String toString() {
        return "DomainRuleViolation[" + code + "]: " + getMessage();
    }
}
