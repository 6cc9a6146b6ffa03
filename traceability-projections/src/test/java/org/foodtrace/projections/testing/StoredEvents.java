package org.foodtrace.projections.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;

/**
 * Appends domain events straight to the event store, as the aggregates would, numbering each aggregate's
 * events from 0. Each call is one transaction.
 */
public final class StoredEvents {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, ChainHash> heads = new HashMap<>();

    public StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void batch(String batchId, Object... events) {
        append("Batch", batchId, events);
    }

    /** Batch events carrying the chain links the aggregate would have given them, the first linked to no parent. */
    public ChainHash chainedBatch(String batchId, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        ChainHash head = heads.get(batchId);
        for (Object payload : events) {
            long sequence = nextSequence.merge(batchId, 1L, Long::sum) - 1;
            ChainLink link = ChainLink.next(head, List.of(), payload);
            messages.add(new GenericDomainEventMessage<>("Batch", batchId, sequence, payload,
                    MetaData.from(link.metaData())));
            head = link.hash();
        }
        heads.put(batchId, head);
        eventStore.publish(messages);
        return head;
    }

    /** One batch event carrying the given metadata as its link, as if someone had written it so. */
    public void batchWithMetaData(String batchId, Object event, Map<String, ?> metaData) {
        long sequence = nextSequence.merge(batchId, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>("Batch", batchId, sequence, event, MetaData.from(metaData)));
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
