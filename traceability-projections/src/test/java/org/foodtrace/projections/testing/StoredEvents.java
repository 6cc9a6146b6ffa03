package org.foodtrace.projections.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends domain events straight to the event store, as the aggregates would, numbering each aggregate's
 * events from 0. Each call is one transaction.
 */
public final class StoredEvents {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void batch(String batchId, Object... events) {
        append("Batch", batchId, events);
    }

    public void operator(String operatorId, Object... events) {
        append("Operator", operatorId, events);
    }

    private void append(String aggregateType, String aggregateId, Object... payloads) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload));
        }
        eventStore.publish(messages);
    }
}
