package org.foodtrace.projections.processing;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How read models are fed.
 *
 * @param batchSize       events per transaction of a pooled streaming processor
 * @param segments        initial segment count of each pooled processor (parallelism across nodes)
 * @param inTransactionGroups processing groups run by a subscribing processor inside the command's own
 *                        transaction (consistent lookups the command side reads); they get no dead-letter queue
 */
@ConfigurationProperties("trace.processing")
public record ProcessingProperties(int batchSize, int segments, Set<String> inTransactionGroups) {

    public ProcessingProperties {
        if (batchSize <= 0) {
            batchSize = 100;
        }
        if (segments <= 0) {
            segments = 4;
        }
        inTransactionGroups = inTransactionGroups == null ? Set.of() : Set.copyOf(inTransactionGroups);
    }
}
