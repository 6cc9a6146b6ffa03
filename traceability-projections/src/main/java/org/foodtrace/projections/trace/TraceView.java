package org.foodtrace.projections.trace;

import java.util.List;

import org.foodtrace.core.batch.Category;

/**
 * What a consumer sees for a trace code. {@code recalled} is true when the batch or any ancestor is recalled;
 * {@code upstream} lists the trace codes of every ancestor, nearest first.
 */
public record TraceView(String traceCode, String product, Category category, boolean recalled, TraceOrigin origin,
                        List<JourneyStep> journey, List<InspectionView> inspections, List<String> upstream) {

    public TraceView {
        journey = List.copyOf(journey);
        inspections = List.copyOf(inspections);
        upstream = List.copyOf(upstream);
    }
}
