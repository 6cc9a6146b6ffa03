package org.foodtrace.core.recall.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.RecallLevel;

/** A recall was opened for a batch and the descendants known then; the recall process marks each of them. */
@Revision("1")
public record RecallOpened(String recallId, String rootBatchId, List<String> affectedBatchIds, String reason,
                           RecallLevel level, Instant at) {

    public RecallOpened {
        affectedBatchIds = List.copyOf(affectedBatchIds);
    }
}
