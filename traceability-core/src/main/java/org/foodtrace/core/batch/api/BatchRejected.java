package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.shared.RuleCode;

/** The destination refused the batch at entry (CERTIFICATE_MISMATCH or CERTIFICATE_EXPIRED): status REJECTED. */
@Revision("1")
public record BatchRejected(String batchId, String operatorId, RuleCode code, String certificateNumber, Instant at) {
}
