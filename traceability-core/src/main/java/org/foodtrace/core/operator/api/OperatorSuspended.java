package org.foodtrace.core.operator.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An operator was suspended (black-listed) for the given reason. */
@Revision("1")
public record OperatorSuspended(String operatorId, String reason, Instant at) {
}
