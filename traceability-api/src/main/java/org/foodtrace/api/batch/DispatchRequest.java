package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Uuid;

/** A later leg: part of an admitted batch sent on to another operator as a child batch. */
public record DispatchRequest(
        @Schema(example = "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d") @NotNull @Uuid String destinationOperatorId,
        @NotNull @Valid QuantityRequest quantity) {
}
