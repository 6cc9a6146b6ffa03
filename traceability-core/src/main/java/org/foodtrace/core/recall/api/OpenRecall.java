package org.foodtrace.core.recall.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.RecallLevel;

/** The regulator recalls a batch and the descendants known when the recall opens (the root first). */
public record OpenRecall(@TargetAggregateIdentifier String recallId, String rootBatchId,
                         List<String> affectedBatchIds, String reason, RecallLevel level, Instant at) {

    public OpenRecall {
        affectedBatchIds = affectedBatchIds == null ? List.of() : List.copyOf(affectedBatchIds);
    }
}
