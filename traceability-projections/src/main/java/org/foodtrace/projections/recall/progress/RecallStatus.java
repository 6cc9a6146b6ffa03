package org.foodtrace.projections.recall.progress;

/** A recall is OPEN until every batch it covers is resolved (DISPOSED or CLEARED), then COMPLETED. */
public enum RecallStatus {
    OPEN,
    COMPLETED
}
