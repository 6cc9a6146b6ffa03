package org.foodtrace.projections.recall.webhook;

import java.time.Instant;

import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.projections.batch.QuantityView;

/**
 * The JSON body of a recall webhook: a batch the receiving operator holds was recalled. {@code deliveryId} is
 * also sent as the {@code X-Trace-Delivery} header and stays the same on every retry.
 */
public record RecallNotice(String type, String deliveryId, String recallId, String reason, RecallLevel level,
                           Instant recalledAt, String holderOperatorId, String batchId, String traceCode,
                           QuantityView available, QuantityView soldBeforeRecall) {

    public static final String TYPE = "BATCH_RECALLED";
}
