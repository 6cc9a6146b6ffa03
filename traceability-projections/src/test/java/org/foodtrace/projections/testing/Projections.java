package org.foodtrace.projections.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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

    /**
     * Stops the processor, winds every segment's token back to before the first event and starts it again, so that
     * every stored event is delivered a second time (without the reset a replay would do).
     */
    public static void windBackToTheFirstEvent(StreamingEventProcessor processor, TokenStore tokenStore,
                                               TransactionManager transactions) {
        String group = processor.getName();
        processor.shutDown();
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(group)) {
                tokenStore.fetchToken(group, segment);
                tokenStore.storeToken(null, group, segment);
            }
        });
        processor.start();
    }
}
