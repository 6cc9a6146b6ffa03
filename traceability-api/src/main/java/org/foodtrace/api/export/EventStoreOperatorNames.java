package org.foodtrace.api.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.foodtrace.core.operator.api.OperatorRegistered;
import org.springframework.stereotype.Component;

/**
 * Operators as their own registration events record them. Names and regions never change after
 * registration, so the event store answers as well as the registry read model, and never lags behind it.
 */
@Component
class EventStoreOperatorNames implements OperatorNames {

    private final EventHistory events;

    EventStoreOperatorNames(EventHistory events) {
        this.events = events;
    }

    @Override
    public Map<String, OperatorSummary> find(Collection<String> operatorIds) {
        Map<String, OperatorSummary> found = new LinkedHashMap<>();
        for (String id : operatorIds) {
            if (id == null || found.containsKey(id)) {
                continue;
            }
            events.read(id).stream()
                    .map(RecordedEvent::payload)
                    .filter(OperatorRegistered.class::isInstance)
                    .map(OperatorRegistered.class::cast)
                    .findFirst()
                    .ifPresent(e -> found.put(id, new OperatorSummary(id, e.name(), e.region())));
        }
        return found;
    }
}
