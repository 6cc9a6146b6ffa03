package org.foodtrace.projections.alert;

import java.time.Instant;

/**
 * Which alerts to list, newest first: optionally of one rule, naming an operator or a batch, raised at or after
 * {@code since}; {@code limit} rows from {@code offset}.
 */
public record AlertFilter(AlertRule rule, String operatorId, String batchId, Instant since, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AlertFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
