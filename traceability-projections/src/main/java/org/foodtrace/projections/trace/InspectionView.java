package org.foodtrace.projections.trace;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A test the food or its ancestors passed or failed: rapid tests and sampling (快检/抽检), and the β-agonist
 * (瘦肉精) test before slaughter (method {@value TraceJourneyProjection#BETA_AGONIST_METHOD}, no value).
 * {@code verdict} is PASS or FAIL.
 */
public record InspectionView(String analyte, String method, BigDecimal value, String unit, BigDecimal limit,
                             String verdict, Instant at, String operatorName) {
}
