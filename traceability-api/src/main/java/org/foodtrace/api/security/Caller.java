package org.foodtrace.api.security;

import org.foodtrace.core.shared.Actor;

/** Who sent a request, as its bearer token says: the regulator, or one operator by id. */
public record Caller(String id, boolean regulator) {

    public static final Caller REGULATOR = new Caller(Actor.REGULATOR_ID, true);

    public static Caller operator(String operatorId) {
        return new Caller(operatorId, false);
    }
}
