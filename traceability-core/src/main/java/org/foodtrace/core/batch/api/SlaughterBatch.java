package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.shared.Actor;

/** Slaughters all animals of a batch at a designated slaughterhouse (定点屠宰). Answers a SlaughterOutcome. */
public record SlaughterBatch(@TargetAggregateIdentifier String batchId, BetaAgonistTest betaAgonistTest,
                             String meatQuarantineCertificate, List<DerivedPart> outputs, Actor actor, Instant at) {
}
