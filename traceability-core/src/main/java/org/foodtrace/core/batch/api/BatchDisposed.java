package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.shared.Quantity;

/** A quantity of the batch was disposed of (无害化处理). */
@Revision("1")
public record BatchDisposed(String batchId, Quantity quantity, String method, String witness, String operatorId,
                            Instant at) {
}
