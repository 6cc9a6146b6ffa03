package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new batch: its id and the trace code (追溯码) to print on its label or receipt. */
public record BatchCreated(@Schema(example = "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7") String batchId,
                           @Schema(example = "7K3M9QXR2HDVP0ZC") String traceCode) {
}
