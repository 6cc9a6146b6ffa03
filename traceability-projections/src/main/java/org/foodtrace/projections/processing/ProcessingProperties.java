package org.foodtrace.projections.processing;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How read models are fed.
 *
 * @param batchSize       events per transaction of a pooled streaming processor
 * @param segments        initial segment count of each pooled processor (parallelism across nodes; 1 by default,
 *                        since on one node every extra segment adds work per event)
 * @param inTransactionGroups processing groups run by a subscribing processor inside the command's own
 *                        transaction (consistent lookups the command side reads); they get no dead-letter queue
 * @param pollInterval    how often processors look for events committed by other nodes (those of this node wake
 *                        them at once)
 * @param handOver        how long a processor woken by a commit of this node waits for the store to fetch it
 */
@ConfigurationProperties("trace.processing")
public record ProcessingProperties(int batchSize, int segments, Set<String> inTransactionGroups,
                                   Duration pollInterval, Duration handOver) {

    public ProcessingProperties {
        if (batchSize <= 0) {
            batchSize = 100;
        }
        if (segments <= 0) {
            segments = 1;
        }
        inTransactionGroups = inTransactionGroups == null ? Set.of() : Set.copyOf(inTransactionGroups);
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            pollInterval = Duration.ofMillis(500);
        }
        if (handOver == null || handOver.isNegative()) {
            handOver = Duration.ofMillis(100);
        }
    }
}
