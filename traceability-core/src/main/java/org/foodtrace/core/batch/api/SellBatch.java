package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.Quantity;

/** Records a sale (销售) from an admitted batch. */
public record SellBatch(@TargetAggregateIdentifier String batchId, String saleId, Quantity quantity, String buyer,
                        Actor actor, Instant at) {
}
