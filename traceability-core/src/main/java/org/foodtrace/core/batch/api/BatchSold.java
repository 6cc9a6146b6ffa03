package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.shared.Quantity;

/** A quantity was sold from the batch. */
@Revision("1")
public record BatchSold(String batchId, String saleId, Quantity quantity, String buyer, String operatorId,
                        Instant at) {
}
