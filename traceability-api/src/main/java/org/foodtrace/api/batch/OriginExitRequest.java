package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Uuid;

/** Origin exit (产地准出): the whole batch leaves with its certificate for the destination operator. */
public record OriginExitRequest(
        @NotNull @Valid CertificateRequest certificate,
        @Schema(example = "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d") @NotNull @Uuid String destinationOperatorId) {
}
