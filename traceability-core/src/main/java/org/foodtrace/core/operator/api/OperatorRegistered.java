package org.foodtrace.core.operator.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.operator.OperatorKind;

/** An operator was registered; it starts ACTIVE. */
@Revision("1")
public record OperatorRegistered(String operatorId, String name, OperatorKind kind, String licenseNumber,
                                 String region, boolean designatedSlaughterhouse, Instant at) {
}
