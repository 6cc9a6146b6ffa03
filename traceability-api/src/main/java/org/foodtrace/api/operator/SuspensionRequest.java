package org.foodtrace.api.operator;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import org.foodtrace.api.validation.Text;

/** Why the operator is put on the black list. */
public record SuspensionRequest(
        @Schema(example = "Clenbuterol found in pigs sold on 2026-11-20") @NotBlank @Text String reason) {
}
