package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The destination admitted the batch and is now its holder: status ADMITTED. */
@Revision("1")
public record BatchAdmitted(String batchId, String operatorId, String certificateNumber, Instant at) {
}
