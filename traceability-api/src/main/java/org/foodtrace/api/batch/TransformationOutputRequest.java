package org.foodtrace.api.batch;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.foodtrace.api.validation.Text;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Species;

/** A new product made by a transformation, held by the processor as its producer. */
public record TransformationOutputRequest(
        @Schema(example = "GRAIN_OIL") @NotNull Category category,
        @Schema(example = "Polished rice") @NotBlank @Text String product,
        Species species,
        @NotNull @Valid QuantityRequest quantity,
        @Pattern(regexp = "[0-9]{8}|[0-9]{12,14}", message = "must be a GTIN of 8, 12, 13 or 14 digits") String gtin,
        @Text String lot,
        LocalDate expiresOn) {
}
