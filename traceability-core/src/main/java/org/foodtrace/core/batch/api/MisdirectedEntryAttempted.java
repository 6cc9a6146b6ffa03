package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An operator that is not the destination tried to admit the batch; the batch is unchanged. */
@Revision("1")
public record MisdirectedEntryAttempted(String batchId, String operatorId, String expectedOperatorId, Instant at) {
}
