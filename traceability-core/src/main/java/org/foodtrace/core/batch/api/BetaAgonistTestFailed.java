package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.BetaAgonistTest;

/** A β-agonist (瘦肉精) test before slaughter was positive: the animals are ON_HOLD. */
@Revision("1")
public record BetaAgonistTestFailed(String batchId, BetaAgonistTest betaAgonistTest, String operatorId, Instant at) {
}
