package org.foodtrace.projections.recall.progress;

import java.time.Instant;
import java.util.List;

import org.foodtrace.core.batch.RecallLevel;

/**
 * A recall in an operator's inbox: the recall with only the batches that operator held when the recall reached
 * them; {@code progress} counts the whole recall, {@code holderProgress} the operator's own batches.
 */
public record HolderRecall(String recallId, RecallStatus status, String rootBatchId, String rootTraceCode,
                           String reason, RecallLevel level, Instant openedAt, List<RecallItem> affected,
                           RecallProgress progress, RecallProgress holderProgress) {
}
