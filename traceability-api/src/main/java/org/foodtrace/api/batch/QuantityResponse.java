package org.foodtrace.api.batch;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.foodtrace.core.shared.Quantity;

/** An amount and its unit symbol, e.g. {@code {"amount": 120.5, "unit": "kg"}}. */
public record QuantityResponse(@Schema(example = "3") BigDecimal amount, @Schema(example = "kg") String unit) {

    public static QuantityResponse of(Quantity quantity) {
        return new QuantityResponse(quantity.amount(), quantity.unit().symbol());
    }
}
