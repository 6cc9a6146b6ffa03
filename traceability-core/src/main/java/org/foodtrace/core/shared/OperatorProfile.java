package org.foodtrace.core.shared;

import org.foodtrace.core.operator.OperatorKind;

/**
 * What a batch needs to know about another operator (a destination or the actor): its id, its kind and
 * whether it is a designated slaughterhouse (定点屠宰). Built by the caller from the operator registry.
 */
public record OperatorProfile(String operatorId, OperatorKind kind, boolean designatedSlaughterhouse) {

    public OperatorProfile {
        OperatorId.of(operatorId);
        if (kind == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "an operator profile needs a kind");
        }
    }

    /** True for a SLAUGHTERHOUSE that is designated for slaughter. */
    public boolean designatedForSlaughter() {
        return kind == OperatorKind.SLAUGHTERHOUSE && designatedSlaughterhouse;
    }
}
