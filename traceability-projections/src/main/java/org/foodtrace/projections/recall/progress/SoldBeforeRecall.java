package org.foodtrace.projections.recall.progress;

import java.math.BigDecimal;
import java.util.List;

/** What was sold from a batch before its recall: the total, and each sale (when, where, how much; no buyer). */
public record SoldBeforeRecall(BigDecimal amount, String unit, List<SaleView> sales) {
}
