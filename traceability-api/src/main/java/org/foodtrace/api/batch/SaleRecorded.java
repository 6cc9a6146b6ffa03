package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;

/** A recorded sale and what is left of the batch. */
public record SaleRecorded(@Schema(example = "6c5b4a39-2817-4f60-9e8d-7c6b5a493827") String saleId,
                           QuantityResponse available) {
}
