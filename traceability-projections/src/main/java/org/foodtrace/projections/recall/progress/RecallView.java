package org.foodtrace.projections.recall.progress;

import java.time.Instant;
import java.util.List;

import org.foodtrace.core.batch.RecallLevel;

/**
 * A recall as GET /api/v1/recalls/{recallId} shows it: every batch it covers, the root first, and how many of
 * them are resolved.
 */
public record RecallView(String recallId, RecallStatus status, String rootBatchId, String rootTraceCode,
                         String reason, RecallLevel level, Instant openedAt, List<RecallItem> affected,
                         RecallProgress progress) {
}
