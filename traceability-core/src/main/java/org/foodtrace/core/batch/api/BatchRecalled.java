package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.shared.Quantity;

/**
 * The batch was recalled: available is what was left then, sold what reached buyers before, children every
 * batch derived from it so far (the recall follows them without waiting for any read model).
 */
@Revision("1")
public record BatchRecalled(String batchId, String recallId, String reason, RecallLevel level,
                            String holderOperatorId, Quantity available, Quantity sold, Instant at,
                            List<String> children) {

    public BatchRecalled {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
