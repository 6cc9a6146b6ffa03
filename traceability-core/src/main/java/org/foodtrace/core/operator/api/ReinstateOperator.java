package org.foodtrace.core.operator.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a suspended operator off the black list. */
public record ReinstateOperator(@TargetAggregateIdentifier String operatorId, Instant at) {
}
