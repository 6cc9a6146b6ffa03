package org.foodtrace.api.export;

import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.shared.Quantity;

/**
 * An event of a batch in the exported lineage, with what the batch's earlier events say about the moment
 * just before it: who held the batch, who last sent it and how much was sent (for an entry at the
 * destination), and its certificate of record. Null where nothing is known yet.
 */
public record LineageEvent(RecordedEvent recorded, BatchFacts batch, String holderOperatorId,
                           String senderOperatorId, Quantity inbound, Certificate certificate) {

    public Object payload() {
        return recorded.payload();
    }
}
