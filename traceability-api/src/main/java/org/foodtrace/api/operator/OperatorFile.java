package org.foodtrace.api.operator;

import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;

/** An operator as its own events say right now: what commands need to know about it. */
public record OperatorFile(String operatorId, String name, OperatorKind kind, boolean designatedSlaughterhouse,
                           boolean suspended) {

    public OperatorProfile profile() {
        return new OperatorProfile(operatorId, kind, designatedSlaughterhouse);
    }

    public Actor actor() {
        return Actor.operator(profile(), suspended);
    }
}
