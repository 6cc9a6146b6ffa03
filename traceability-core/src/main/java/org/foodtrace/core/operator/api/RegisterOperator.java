package org.foodtrace.core.operator.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.operator.OperatorKind;

/** Registers a market operator in the registry (一户一档); regulator only. */
public record RegisterOperator(@TargetAggregateIdentifier String operatorId, String name, OperatorKind kind,
                               String licenseNumber, String region, boolean designatedSlaughterhouse, Instant at) {
}
