package org.foodtrace.projections.batch;

import java.math.BigDecimal;

import org.foodtrace.core.shared.Quantity;

/** A quantity as the API shows it: {@code unit} is "kg", "head", "unit" or "l". */
public record QuantityView(BigDecimal amount, String unit) {

    public static QuantityView of(Quantity quantity) {
        return new QuantityView(quantity.amount(), quantity.unit().symbol());
    }
}
