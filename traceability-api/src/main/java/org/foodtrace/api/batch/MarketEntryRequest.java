package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.foodtrace.api.validation.Text;

/** Market entry check (市场准入/入场查验): the certificate number presented, and optionally a rapid test. */
public record MarketEntryRequest(
        @Schema(example = "4417020012345") @NotBlank @Text String certificateNumber,
        @Valid InspectionRequest inspection) {
}
