package org.foodtrace.projections.recall.progress;

/** Where a recalled batch stands. */
public enum ItemState {
    /** Something was left when the recall reached the batch, and its holder has not disposed of all of it yet. */
    PENDING,
    /** The holder disposed of what was left. */
    DISPOSED,
    /** Nothing was left when the recall reached the batch (all sold or moved on): resolved at once. */
    CLEARED;

    public boolean resolved() {
        return this != PENDING;
    }
}
