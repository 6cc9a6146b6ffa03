package org.foodtrace.core.shared;

import java.util.UUID;

/** Identity of a batch: UUID text in canonical lower-case form (36 characters). */
public record BatchId(String value) {

    public BatchId {
        Ids.requireCanonicalUuid(value, "batch id");
    }

    public static BatchId of(String value) {
        return new BatchId(value);
    }

    public static BatchId random() {
        return new BatchId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
