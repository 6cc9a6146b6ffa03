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

/** A batch at its producer. INFANT_FORMULA and ALCOHOL need a GTIN, a lot and (formula) an expiry date. */
public record RegisterBatchRequest(
        @Schema(example = "LIVESTOCK") @NotNull Category category,
        @Schema(example = "Live pigs") @NotBlank @Text String product,
        @Schema(example = "PIG", description = "LIVESTOCK only") Species species,
        @NotNull @Valid QuantityRequest quantity,
        @Schema(example = "441702") @NotNull
        @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit administrative division code") String originRegion,
        @Schema(example = "2026-11-20") @NotNull LocalDate producedOn,
        @Schema(example = "06901234567892", description = "GTIN-8/12/13/14 with a valid check digit")
        @Pattern(regexp = "[0-9]{8}|[0-9]{12,14}", message = "must be a GTIN of 8, 12, 13 or 14 digits") String gtin,
        @Schema(example = "P-2026-1120") @Text String lot,
        @Schema(example = "2027-11-20") LocalDate expiresOn) {
}
