package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.BetaAgonistTest;

/** All animals of the batch were slaughtered into the output batches. */
@Revision("1")
public record BatchSlaughtered(String batchId, BetaAgonistTest betaAgonistTest, String meatQuarantineCertificate,
                               List<DerivedPart> outputs, String operatorId, Instant at) {

    public BatchSlaughtered {
        outputs = List.copyOf(outputs);
    }
}
