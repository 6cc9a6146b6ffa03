package org.foodtrace.core.batch.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.Verdict;

/** A rapid test or sampling result was recorded; FAIL puts the batch ON_HOLD. */
@Revision("1")
public record BatchInspected(String batchId, String inspectionId, String analyte, String method, BigDecimal value,
                             String unit, BigDecimal limit, Verdict verdict, String sampleId, String operatorId,
                             Instant at) {
}
