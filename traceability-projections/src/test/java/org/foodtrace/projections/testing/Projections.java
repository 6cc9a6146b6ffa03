package org.foodtrace.projections.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.foodtrace.projections.maintenance.ProjectionProgress;

/** Bounded waits for the read models; never a fixed sleep. */
public final class Projections {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Projections() {
    }

    /** Waits until every processor has processed everything stored so far. */
    public static void awaitUpToDate(ProjectionProgress progress) {
        long head = progress.headOfStore();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> progress.isProcessed(head));
    }
}
