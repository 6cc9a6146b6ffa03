package org.foodtrace.projections.maintenance;

import java.time.Instant;

/**
 * One event parked in a processing group's dead-letter queue. Letters of one sequence (one aggregate) are
 * retried in {@code sequenceIndex} order; {@code cause*} is null for letters queued behind a failed one.
 */
public record DeadLetterView(String processingGroup, String sequenceIdentifier, long sequenceIndex,
                             String eventIdentifier, String payloadType, String aggregateIdentifier,
                             Long aggregateSequenceNumber, Instant enqueuedAt, Instant lastTouched,
                             String causeType, String causeMessage) {
}
