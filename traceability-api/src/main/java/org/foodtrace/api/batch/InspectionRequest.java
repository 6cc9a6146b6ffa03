package org.foodtrace.api.batch;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Text;
import org.foodtrace.core.batch.Verdict;

/** A rapid test or sampling result (快检/抽检); FAIL puts the batch on hold. */
public record InspectionRequest(
        @Schema(example = "organophosphate") @NotBlank @Text String analyte,
        @Schema(example = "enzyme-inhibition") @Text String method,
        @Schema(example = "12.5") @Digits(integer = 12, fraction = 9) BigDecimal value,
        @Schema(example = "%") @Text String unit,
        @Schema(example = "50.0") @Digits(integer = 12, fraction = 9) BigDecimal limit,
        @Schema(example = "PASS") @NotNull Verdict verdict,
        @Schema(example = "S-1") @Text String sampleId) {
}
