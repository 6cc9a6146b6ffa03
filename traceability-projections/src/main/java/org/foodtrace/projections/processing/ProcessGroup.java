package org.foodtrace.projections.processing;

/**
 * A processing group that acts on events (a saga sending commands, an outbox of outgoing calls) rather than keeping
 * a read model that queries answer from. Read-your-writes does not wait for it: a long recall process must not
 * hold every API write back. Declared as a bean next to the feature.
 */
public record ProcessGroup(String name) {
}
