package org.foodtrace.projections.alert;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * One event an alert rests on, as the event store holds it: its type, its batch (the aggregate), its sequence
 * number there, when the act happened and the store's event identifier.
 */
public record Evidence(String eventType, String batchId, String aggregateId, long sequenceNumber, Instant at,
                       String eventIdentifier) {

    static Evidence of(DomainEventMessage<?> message, Instant at) {
        return new Evidence(message.getPayloadType().getSimpleName(), message.getAggregateIdentifier(),
                message.getAggregateIdentifier(), message.getSequenceNumber(), at, message.getIdentifier());
    }

    /** The event's global index in the store (its tracking token's position); the largest value if it has none. */
    static long position(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().orElse(Long.MAX_VALUE);
        }
        return Long.MAX_VALUE;
    }

    static Evidence stored(String eventType, String aggregateId, long sequenceNumber, Instant at,
                           String eventIdentifier) {
        return new Evidence(eventType, aggregateId, aggregateId, sequenceNumber, at, eventIdentifier);
    }
}
