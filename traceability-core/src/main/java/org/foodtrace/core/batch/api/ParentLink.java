package org.foodtrace.core.batch.api;

import org.foodtrace.core.shared.Quantity;

/** A parent batch of a derived batch and the quantity taken from it. */
public record ParentLink(String batchId, Quantity quantity) {
}
