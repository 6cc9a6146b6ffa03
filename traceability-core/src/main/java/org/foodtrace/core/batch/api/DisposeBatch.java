package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.Quantity;

/** Records the harmless disposal (无害化处理) of a quantity; the way ON_HOLD and RECALLED batches are cleared. */
public record DisposeBatch(@TargetAggregateIdentifier String batchId, Quantity quantity, String method,
                           String witness, Actor actor, Instant at) {
}
