package org.foodtrace.projections.alert;

import java.time.Instant;
import java.util.List;

/** An alert as the regulator reads it: rule, severity, when it was raised, who and what it names, and why. */
public record Alert(String alertId, AlertRule rule, Severity severity, Instant raisedAt, String summary,
                    List<String> operatorIds, List<String> batchIds, List<Evidence> evidence) {

    public Alert {
        operatorIds = List.copyOf(operatorIds);
        batchIds = List.copyOf(batchIds);
        evidence = List.copyOf(evidence);
    }
}
