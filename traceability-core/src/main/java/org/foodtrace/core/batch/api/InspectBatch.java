package org.foodtrace.core.batch.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.shared.Actor;

/** Records a rapid test or sampling result (快检/抽检) by the holder or the regulator. */
public record InspectBatch(@TargetAggregateIdentifier String batchId, String inspectionId, String analyte,
                           String method, BigDecimal value, String unit, BigDecimal limit, Verdict verdict,
                           String sampleId, Actor actor, Instant at) {
}
