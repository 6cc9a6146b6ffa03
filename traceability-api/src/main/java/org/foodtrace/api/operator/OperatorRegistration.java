package org.foodtrace.api.operator;

import io.swagger.v3.oas.annotations.media.Schema;

/** The new operator's id and its API token: shown in this answer only, the service keeps just its hash. */
public record OperatorRegistration(
        @Schema(example = "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10") String operatorId,
        @Schema(example = "q5yC0cQ1mI7b6n2hJ0xv9Yd3kz8Rr4Tt1Uu6Wx2Aa0s",
                description = "Bearer token of the operator; null when a request with the same Idempotency-Key "
                        + "is replayed, since the token is shown once") String apiToken) {
}
