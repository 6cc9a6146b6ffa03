package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.shared.Quantity;

/** A quantity of this batch went into a transformation producing the output batches. */
@Revision("1")
public record BatchTransformed(String batchId, String transformationId, Quantity quantity, List<String> outputs,
                               String operatorId, Instant at) {

    public BatchTransformed {
        outputs = List.copyOf(outputs);
    }
}
