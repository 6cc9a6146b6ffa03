package org.foodtrace.api.batch.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/** An accepted import: the job to follow and how many batch rows its file has. */
public record ImportAccepted(@Schema(example = "3f1c2b4a-9d8e-4f7a-b6c5-d4e3f2a1b0c9") String jobId,
                             @Schema(example = "QUEUED") ImportStatus status,
                             @Schema(example = "3") int total) {
}
