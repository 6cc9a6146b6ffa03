package org.foodtrace.projections.trace;

import java.time.Instant;

/**
 * One stop on the way from farm to stall. {@code step} is one of {@link JourneyStepKind}'s names.
 */
public record JourneyStep(String step, Instant at, String operatorName, String region) {
}
