package org.foodtrace.projections.recall.process;

import java.util.List;

/** Some batches of a recall could not be asked for a technical reason; the event is handled again later. */
public class RecallMarkingFailed extends RuntimeException {

    public RecallMarkingFailed(String recallId, List<String> batchIds) {
        super("Recall " + recallId + ": " + batchIds.size() + " batch(es) could not be marked, e.g. "
                + batchIds.get(0) + "; the step is tried again");
    }
}
