package org.foodtrace.core.batch;

/** Where a batch stands in its lifecycle; only ADMITTED batches can be sold. */
public enum BatchStatus {
    REGISTERED,
    IN_TRANSIT,
    ADMITTED,
    ON_HOLD,
    REJECTED,
    RECALLED,
    DEPLETED,
    DISPOSED
}
