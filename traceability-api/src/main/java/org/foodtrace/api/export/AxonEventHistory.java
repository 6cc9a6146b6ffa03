package org.foodtrace.api.export;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads an aggregate's events straight from Axon's event store, from sequence 0 so that a snapshot never
 * hides an event.
 */
@Component
class AxonEventHistory implements EventHistory {

    private final EventStore eventStore;

    AxonEventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<RecordedEvent> read(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream()
                .<RecordedEvent>map(RecordedEvent::of)
                .toList();
    }
}
