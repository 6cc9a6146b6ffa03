package org.foodtrace.projections.recall.progress;

import java.time.Instant;

import org.foodtrace.projections.batch.QuantityView;

/** One sale before a recall: when and where (the selling operator, its name and region), never the buyer. */
public record SaleView(String saleId, Instant soldAt, QuantityView quantity, String operatorId, String operatorName,
                       String region) {
}
