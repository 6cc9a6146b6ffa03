package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import org.foodtrace.core.batch.Verdict;

/** A recorded inspection; a FAIL verdict has put the batch ON_HOLD. */
public record InspectionRecorded(@Schema(example = "3a7b9c1d-2e4f-4a6b-8c0d-1e2f3a4b5c6d") String inspectionId,
                                 @Schema(example = "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7") String batchId,
                                 @Schema(example = "PASS") Verdict verdict) {
}
