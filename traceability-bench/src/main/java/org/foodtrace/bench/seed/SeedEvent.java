package org.foodtrace.bench.seed;

import java.time.Instant;

/**
 * One domain event as an aggregate would append it: its aggregate's stored type name (as pinned by
 * {@code @AggregateRoot(type = ...)}), identifier and sequence number, the payload record, the message timestamp
 * and the id of the command that caused it (Axon's correlation and trace id metadata).
 */
record SeedEvent(String aggregateType, String aggregateId, long sequence, Object payload, Instant timestamp,
                 String commandId) {
}
