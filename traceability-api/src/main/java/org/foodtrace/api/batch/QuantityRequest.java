package org.foodtrace.api.batch;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;

/** A positive amount (at most 12 integer digits and 6 decimals) in kg, head, unit or l. */
public record QuantityRequest(
        @Schema(example = "20") @NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal amount,
        @Schema(example = "head", allowableValues = {"kg", "head", "unit", "l"})
        @NotNull @Pattern(regexp = "kg|head|unit|l", message = "must be one of kg, head, unit, l") String unit) {

    public Quantity toQuantity() {
        return new Quantity(amount, QuantityUnit.fromSymbol(unit));
    }
}
