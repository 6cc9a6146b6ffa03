package org.foodtrace.projections;

import java.util.List;

/** Names of the processing groups that feed the read models: one pooled streaming processor each. */
public final class ProcessingGroups {

    public static final String OPERATOR_REGISTRY = "operator-registry";
    public static final String BATCH_VIEW = "batch-view";
    public static final String LINEAGE = "lineage";
    public static final String TRACE_VIEW = "trace-view";
    public static final String GS1_INDEX = "gs1-index";

    /** Every read-model group, in the order their migrations were added. */
    public static final List<String> READ_MODELS = List.of(OPERATOR_REGISTRY, BATCH_VIEW, LINEAGE, TRACE_VIEW,
            GS1_INDEX);

    private ProcessingGroups() {
    }
}
