package org.foodtrace.api.recall;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.trace.TraceQueries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Finds the batch a recall request names. A batch id is taken as it is (an unknown one is refused when the recall
 * opens); a trace code that does not resolve, for whatever reason, is 404 as on the public trace look-up.
 */
@Component
class RecallRoots {

    private final TraceQueries traces;

    RecallRoots(TraceQueries traces) {
        this.traces = traces;
    }

    String batchIdOf(OpenRecallRequest request) {
        if (request.batchId() != null) {
            return Ids.canonical(request.batchId());
        }
        TraceCode code;
        try {
            code = TraceCode.parse(request.traceCode());
        } catch (DomainRuleViolation malformed) {
            throw unknown(malformed.code() == RuleCode.CHECK_CHARACTER_MISMATCH
                    ? RuleCode.CHECK_CHARACTER_MISMATCH.name() : ProblemCodes.UNKNOWN_TRACE_CODE);
        }
        return traces.batchIdOf(code.value()).orElseThrow(() -> unknown(ProblemCodes.UNKNOWN_TRACE_CODE));
    }

    private static ApiProblem unknown(String code) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, "No batch has this trace code.");
    }
}
