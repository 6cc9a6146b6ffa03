package org.foodtrace.projections.trace;

import java.util.List;

import org.foodtrace.core.batch.Category;

/**
 * What a consumer sees for a trace code. {@code recalled} is true when the batch or any ancestor is recalled;
 * {@code upstream} lists the trace codes of every ancestor, nearest first. {@code headHash} is the hash of the
 * batch's last event as the trace view applied it (null while none carried a hash); {@code verified} is true when
 * {@code integrity} is VERIFIED for the batch and all its ancestors (docs/tamper-evidence.md).
 */
public record TraceView(String traceCode, String product, Category category, boolean recalled, TraceOrigin origin,
                        List<JourneyStep> journey, List<InspectionView> inspections, List<String> upstream,
                        String headHash, boolean verified, ChainIntegrity integrity) {

    public TraceView {
        journey = List.copyOf(journey);
        inspections = List.copyOf(inspections);
        upstream = List.copyOf(upstream);
    }
}
