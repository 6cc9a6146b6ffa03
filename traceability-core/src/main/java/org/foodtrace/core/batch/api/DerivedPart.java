package org.foodtrace.core.batch.api;

import org.foodtrace.core.shared.Quantity;

/** A child batch made from a parent (slaughter output or split part): its new id, trace code, product and quantity. */
public record DerivedPart(String batchId, String traceCode, String product, Quantity quantity) {
}
