package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import org.foodtrace.core.batch.BatchStatus;

/** The batch's status after the act. */
public record BatchStatusResponse(@Schema(example = "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7") String batchId,
                                  @Schema(example = "IN_TRANSIT") BatchStatus status) {
}
