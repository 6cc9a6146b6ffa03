package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;

/** Origin exit (产地准出): the whole batch leaves its producer for the destination with the certificate its category needs. */
public record ExitOrigin(@TargetAggregateIdentifier String batchId, Certificate certificate,
                         OperatorProfile destination, Actor actor, Instant at) {
}
