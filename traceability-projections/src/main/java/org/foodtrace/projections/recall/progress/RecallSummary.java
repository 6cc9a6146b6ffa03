package org.foodtrace.projections.recall.progress;

import java.time.Instant;

import org.foodtrace.core.batch.RecallLevel;

/** A recall in the regulator's list: what it is about and how far it has come, without its batches. */
public record RecallSummary(String recallId, RecallStatus status, String rootBatchId, String rootTraceCode,
                            String reason, RecallLevel level, Instant openedAt, RecallProgress progress) {
}
