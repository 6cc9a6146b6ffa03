package org.foodtrace.projections.recall.progress;

import java.time.Instant;

import org.foodtrace.projections.batch.QuantityView;

/**
 * One batch a recall covers. Until the recall has reached it (a moment after the recall opens) only its ids are
 * known and it is PENDING; then {@code holderOperatorId} is who held it, {@code availableAtRecall} what was left,
 * {@code available} what is left now and {@code soldBeforeRecall} what reached consumers before.
 * {@code recalledBy} is the recall that reached it (another one when two recalls overlap).
 */
public record RecallItem(String batchId, String traceCode, String holderOperatorId, ItemState state,
                         QuantityView available, SoldBeforeRecall soldBeforeRecall, QuantityView availableAtRecall,
                         Instant recalledAt, String recalledBy) {
}
