package org.foodtrace.projections.lineage;

import org.foodtrace.core.batch.BatchStatus;

/** A batch in a lineage graph. */
public record LineageNode(String batchId, String traceCode, String holderOperatorId, BatchStatus status) {
}
