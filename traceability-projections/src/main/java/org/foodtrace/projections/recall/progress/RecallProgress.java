package org.foodtrace.projections.recall.progress;

/** How many batches a recall covers, and how many of them are resolved (DISPOSED or CLEARED). */
public record RecallProgress(long total, long resolved) {

    public RecallStatus status() {
        return total > 0 && resolved == total ? RecallStatus.COMPLETED : RecallStatus.OPEN;
    }
}
