package org.foodtrace.api.batch.imports;

import java.util.List;

import org.foodtrace.api.error.Violation;

/**
 * What became of one CSV row: the batch it registered, or the refusal a single registration would have got
 * (HTTP status, problem code, detail and, for malformed input, the violations by column).
 */
record RowOutcome(int line, String batchId, String traceCode, Integer status, String code, String message,
                  List<Violation> violations) {

    static RowOutcome created(int line, String batchId, String traceCode) {
        return new RowOutcome(line, batchId, traceCode, null, null, null, List.of());
    }

    static RowOutcome refused(int line, int status, String code, String message, List<Violation> violations) {
        return new RowOutcome(line, null, null, status, code, message, List.copyOf(violations));
    }

    boolean isCreated() {
        return batchId != null;
    }
}
