package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.shared.Quantity;

/** Part of the batch left as the child batch childBatchId, in transit to the destination. */
@Revision("1")
public record BatchDispatched(String batchId, String childBatchId, String childTraceCode,
                              String destinationOperatorId, Quantity quantity, String operatorId, Instant at) {
}
