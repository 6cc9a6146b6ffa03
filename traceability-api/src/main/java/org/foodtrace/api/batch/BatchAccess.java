package org.foodtrace.api.batch;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.security.Caller;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.springframework.stereotype.Component;

/**
 * Who may read a batch: the regulator, or an operator that ever held it (producer, holder, destination).
 * Anyone else gets the same 404 as for an unknown id, so the batch's existence is not revealed.
 */
@Component
public class BatchAccess {

    private final BatchViewQueries batches;

    public BatchAccess(BatchViewQueries batches) {
        this.batches = batches;
    }

    public void requireReadable(Caller caller, String batchId) {
        if (!caller.regulator() && !batches.everHeldBy(batchId, caller.id())) {
            throw ApiProblem.notFound("No batch with id " + batchId + ".");
        }
    }
}
