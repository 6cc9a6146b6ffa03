package org.foodtrace.core.batch.api;

import java.time.LocalDate;

import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.shared.Quantity;

/** A new product batch made by a transformation, as the processor declares it. */
public record TransformationOutput(String batchId, String traceCode, Category category, String product,
                                   Species species, Quantity quantity, String gtin, String lot, LocalDate expiresOn) {
}
