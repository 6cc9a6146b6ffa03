package org.foodtrace.projections.batch;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of a batch. The API writes {@code details} flattened into the event object:
 * {@code {"type","at","operatorId", ...details}}. Types are listed in {@link BatchEventType}.
 */
public record BatchEventView(String type, Instant at, String operatorId, Map<String, Object> details) {

    public BatchEventView {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
