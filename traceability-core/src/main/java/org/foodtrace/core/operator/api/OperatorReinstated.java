package org.foodtrace.core.operator.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A suspended operator was reinstated and is ACTIVE again. */
@Revision("1")
public record OperatorReinstated(String operatorId, Instant at) {
}
