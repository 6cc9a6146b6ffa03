package org.foodtrace.api.operator;

import io.swagger.v3.oas.annotations.media.Schema;
import org.foodtrace.core.operator.OperatorStatus;

/** The operator is suspended: every later write by it is refused with 403 OPERATOR_SUSPENDED. */
public record SuspensionResponse(@Schema(example = "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10") String operatorId,
                                 @Schema(example = "SUSPENDED") OperatorStatus status,
                                 @Schema(example = "Clenbuterol found in pigs sold on 2026-11-20") String reason) {
}
