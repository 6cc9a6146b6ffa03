package org.foodtrace.projections.recall;

/** Processing groups of the recall feature: one pooled streaming processor each, but the blocks (subscribed). */
public final class RecallGroups {

    /** The recall process (a saga): marks every batch of a recall, following descendants as they are found. */
    public static final String PROCESS = "recall-process";

    /** The recall-progress read model. */
    public static final String PROGRESS = "recall-progress";

    /** The recall-block lookup table, run inside the transaction of the recalling command (set-based validation). */
    public static final String BLOCKS = "recall-blocks";

    /** Writes a webhook notification for each recalled batch whose holder subscribed. */
    public static final String NOTIFICATIONS = "recall-notifications";

    private RecallGroups() {
    }
}
