package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.shared.Actor;

/** Splits parts off a batch into child batches of the same product, held by the same operator. */
public record SplitBatch(@TargetAggregateIdentifier String batchId, List<DerivedPart> parts, Actor actor,
                         Instant at) {
}
