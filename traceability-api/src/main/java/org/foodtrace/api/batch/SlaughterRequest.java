package org.foodtrace.api.batch;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.foodtrace.api.validation.Text;

/** Slaughter (屠宰) of all animals of an admitted batch at a designated slaughterhouse. */
public record SlaughterRequest(
        @Valid BetaAgonistTestRequest betaAgonistTest,
        @Schema(example = "MQ-2026-0001") @NotBlank @Text String meatQuarantineCertificate,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ProductQuantityRequest> outputs) {
}
