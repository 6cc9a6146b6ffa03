package org.foodtrace.api.export;

import java.util.List;

/** The events of one aggregate (a batch or an operator) in the order they were applied; empty if unknown. */
@FunctionalInterface
public interface EventHistory {

    List<RecordedEvent> read(String aggregateId);
}
