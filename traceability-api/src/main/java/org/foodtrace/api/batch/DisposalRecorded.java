package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;

/** A recorded disposal and what is left of the batch. */
public record DisposalRecorded(@Schema(example = "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7") String batchId,
                               QuantityResponse available) {
}
