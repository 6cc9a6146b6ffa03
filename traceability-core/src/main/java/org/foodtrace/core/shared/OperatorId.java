package org.foodtrace.core.shared;

import java.util.UUID;

/** Identity of a market operator (一户一档): UUID text in canonical lower-case form (36 characters). */
public record OperatorId(String value) {

    public OperatorId {
        Ids.requireCanonicalUuid(value, "operator id");
    }

    public static OperatorId of(String value) {
        return new OperatorId(value);
    }

    public static OperatorId random() {
        return new OperatorId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
