package org.foodtrace.core.operator.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts an operator on the black list: every later write by it is refused. */
public record SuspendOperator(@TargetAggregateIdentifier String operatorId, String reason, Instant at) {
}
