package org.foodtrace.core.batch;

import java.math.BigDecimal;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;

/**
 * One rapid test or sampling result (快检/抽检): an id, the analyte and a verdict are required; method,
 * measured value, unit, limit and sample id are recorded as given. A FAIL verdict puts the batch on hold.
 */
public record Inspection(String inspectionId, String analyte, String method, BigDecimal value, String unit,
                         BigDecimal limit, Verdict verdict, String sampleId) {

    public Inspection {
        Text.required(inspectionId, "inspection id");
        Text.required(analyte, "analyte");
        Text.optional(method, "method");
        Text.optional(unit, "unit");
        Text.optional(sampleId, "sample id");
        if (verdict == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "an inspection needs a verdict");
        }
    }

    public boolean failed() {
        return verdict == Verdict.FAIL;
    }
}
