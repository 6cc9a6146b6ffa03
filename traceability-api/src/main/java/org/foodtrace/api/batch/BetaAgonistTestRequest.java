package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.TestResult;

/** β-agonist (瘦肉精) results; pigs, cattle and sheep need all three (else 422 BETA_AGONIST_TEST_REQUIRED). */
public record BetaAgonistTestRequest(@Schema(example = "NEGATIVE") TestResult clenbuterol,
                                     @Schema(example = "NEGATIVE") TestResult ractopamine,
                                     @Schema(example = "NEGATIVE") TestResult salbutamol) {

    public BetaAgonistTest toTest() {
        return new BetaAgonistTest(clenbuterol, ractopamine, salbutamol);
    }
}
