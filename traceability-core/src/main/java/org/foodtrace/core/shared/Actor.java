package org.foodtrace.core.shared;

import org.foodtrace.core.operator.OperatorKind;

/**
 * Who performs a command: the regulator, or an operator as the registry knew it when the command was
 * built (kind, designation, suspension). A suspended operator is refused before any other rule.
 */
public record Actor(String actorId, boolean regulator, OperatorKind kind, boolean designatedSlaughterhouse,
                    boolean suspended) {

    public static final String REGULATOR_ID = "regulator";

    public Actor {
        if (regulator) {
            if (!REGULATOR_ID.equals(actorId) || kind != null || designatedSlaughterhouse || suspended) {
                throw new IllegalArgumentException("the regulator actor is Actor.theRegulator()");
            }
        } else {
            OperatorId.of(actorId);
            if (kind == null) {
                throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "an operator actor needs a kind");
            }
        }
    }

    public static Actor theRegulator() {
        return new Actor(REGULATOR_ID, true, null, false, false);
    }

    public static Actor operator(OperatorProfile profile, boolean suspended) {
        return new Actor(profile.operatorId(), false, profile.kind(), profile.designatedSlaughterhouse(), suspended);
    }

    /** The operator's profile; refused for the regulator, which is no operator. */
    public OperatorProfile profile() {
        if (regulator) {
            throw new DomainRuleViolation(RuleCode.FORBIDDEN, "the regulator is not an operator");
        }
        return new OperatorProfile(actorId, kind, designatedSlaughterhouse);
    }
}
