package org.foodtrace.projections.operator;

import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;

/** One operator as {@code GET /api/v1/operators/{id}} shows it. */
public record OperatorRecord(String operatorId, String name, OperatorKind kind, String licenseNumber, String region,
                             boolean designatedSlaughterhouse, OperatorStatus status) {
}
