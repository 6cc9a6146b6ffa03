package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Uuid;

/** How much of one held batch goes into a transformation. */
public record TransformationInputRequest(
        @Schema(example = "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7") @NotNull @Uuid String batchId,
        @NotNull @Valid QuantityRequest quantity) {
}
