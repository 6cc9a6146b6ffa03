package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.shared.Quantity;

/** The whole batch left its producer with the certificate of record: status IN_TRANSIT. */
@Revision("1")
public record BatchOriginExited(String batchId, Certificate certificate, String destinationOperatorId,
                                Quantity quantity, String operatorId, Instant at) {
}
