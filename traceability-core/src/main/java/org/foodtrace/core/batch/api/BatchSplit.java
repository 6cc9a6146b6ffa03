package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Parts of the batch were split off into child batches. */
@Revision("1")
public record BatchSplit(String batchId, List<DerivedPart> parts, String operatorId, Instant at) {

    public BatchSplit {
        parts = List.copyOf(parts);
    }
}
