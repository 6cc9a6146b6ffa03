package org.foodtrace.api.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;

/**
 * Every event of every batch in one batch's lineage (the batch, all its ancestors, all its descendants) in
 * time order, with the operators they name and access to the identity of any batch they mention.
 *
 * <p>Events of one instant keep a stable order: a batch's first event before the other events of that
 * instant (so a lot exists before it is shipped), then by batch id and position in the batch's history.
 */
public record LineageHistory(BatchFacts root, List<String> batchIds, List<LineageEvent> events,
                             Map<String, OperatorSummary> operators, BatchHistories histories) {

    public static final Comparator<LineageEvent> TIME_ORDER = Comparator
            .comparing((LineageEvent e) -> e.recorded().at())
            .thenComparing(e -> isFirstEvent(e) ? 0 : 1)
            .thenComparing(e -> e.recorded().aggregateId())
            .thenComparingLong(e -> e.recorded().sequence());

    public LineageHistory {
        batchIds = List.copyOf(batchIds);
        events = events.stream().sorted(TIME_ORDER).toList();
        operators = Map.copyOf(operators);
    }

    public BatchFacts facts(String batchId) {
        return histories.require(batchId);
    }

    /** The operator's name, or its id when the registry does not know it (the regulator). */
    public String operatorName(String operatorId) {
        OperatorSummary summary = operatorId == null ? null : operators.get(operatorId);
        return summary != null ? summary.name() : operatorId;
    }

    public String operatorRegion(String operatorId) {
        OperatorSummary summary = operatorId == null ? null : operators.get(operatorId);
        return summary != null ? summary.region() : null;
    }

    private static boolean isFirstEvent(LineageEvent e) {
        return e.payload() instanceof BatchRegistered || e.payload() instanceof BatchDerived;
    }
}
