package org.foodtrace.core.batch;

import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.RuleCode;

/**
 * What a sale command did: the sale was recorded and {@code available} is what is left, or the batch recorded a
 * refusal instead of throwing (EXPIRED_PRODUCT: the attempt is kept as evidence, nothing is sold) with its code
 * and the reason.
 */
public record SaleOutcome(boolean sold, Quantity available, RuleCode refusal, String detail) {

    public static SaleOutcome soldLeaving(Quantity available) {
        return new SaleOutcome(true, available, null, null);
    }

    public static SaleOutcome refusedWith(RuleCode refusal, Quantity available, String detail) {
        return new SaleOutcome(false, available, refusal, detail);
    }
}
