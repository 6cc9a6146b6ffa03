package org.foodtrace.api.operator;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.foodtrace.api.validation.Text;
import org.foodtrace.core.operator.OperatorKind;

/** A new operator's registry file; only a SLAUGHTERHOUSE may be designated for slaughter. */
public record RegisterOperatorRequest(
        @Schema(example = "Pinggang Pig Farm") @NotBlank @Text String name,
        @Schema(example = "FARM") @NotNull OperatorKind kind,
        @Schema(example = "GD-YJ-0001") @NotBlank @Text String licenseNumber,
        @Schema(example = "441702", description = "6-digit administrative division code")
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit administrative division code")
        String region,
        @Schema(example = "false", defaultValue = "false") Boolean designatedSlaughterhouse) {

    public boolean designated() {
        return Boolean.TRUE.equals(designatedSlaughterhouse);
    }
}
