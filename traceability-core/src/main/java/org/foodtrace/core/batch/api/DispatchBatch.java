package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;

/** Sends part of an admitted batch to another operator as a new child batch (a later leg). */
public record DispatchBatch(@TargetAggregateIdentifier String batchId, String childBatchId, String childTraceCode,
                            OperatorProfile destination, Quantity quantity, Actor actor, Instant at) {
}
