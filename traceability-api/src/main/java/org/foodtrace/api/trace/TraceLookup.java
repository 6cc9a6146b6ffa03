package org.foodtrace.api.trace;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.trace.TraceQueries;
import org.foodtrace.projections.trace.TraceView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Resolves a code as a consumer typed or scanned it (any case, hyphens, O/I/L for 0/1). Whatever does not
 * resolve is 404: CHECK_CHARACTER_MISMATCH for a mistyped code, UNKNOWN_TRACE_CODE for anything else.
 */
@Component
public class TraceLookup {

    private final TraceQueries traces;

    public TraceLookup(TraceQueries traces) {
        this.traces = traces;
    }

    public TraceCode parse(String text) {
        try {
            return TraceCode.parse(text);
        } catch (DomainRuleViolation violation) {
            if (violation.code() == RuleCode.CHECK_CHARACTER_MISMATCH) {
                throw new ApiProblem(HttpStatus.NOT_FOUND, RuleCode.CHECK_CHARACTER_MISMATCH.name(),
                        "The trace code's check character does not match: it was probably mistyped.");
            }
            throw unknown();
        }
    }

    public TraceView find(String text) {
        return traces.findByTraceCode(parse(text).value()).orElseThrow(TraceLookup::unknown);
    }

    public String batchIdOf(String text) {
        return traces.batchIdOf(parse(text).value()).orElseThrow(TraceLookup::unknown);
    }

    static ApiProblem unknown() {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCodes.UNKNOWN_TRACE_CODE, "No batch has this trace code.");
    }
}
