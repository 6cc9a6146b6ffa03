package org.foodtrace.bench.seed;

import java.time.Instant;
import java.util.Map;

/**
 * One domain event as an aggregate would append it: its aggregate's stored type name (as pinned by
 * {@code @AggregateRoot(type = ...)}), identifier and sequence number, the payload record, the message timestamp
 * the id of the command that caused it (Axon's correlation and trace id metadata) and, for a batch event, its hash
 * chain link (metadata {@code chainHash}, {@code previousHash}, {@code parentHashes}; empty for other events).
 */
record SeedEvent(String aggregateType, String aggregateId, long sequence, Object payload, Instant timestamp,
                 String commandId, Map<String, String> chainLink) {
}
