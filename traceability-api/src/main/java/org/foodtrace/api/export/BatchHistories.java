package org.foodtrace.api.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The histories of the batches one export touches, each read from the event store once: the lineage itself
 * and the few batches outside it that its events name (a sibling split part, another input of a
 * transformation), whose identity the export needs.
 */
public final class BatchHistories {

    private final EventHistory events;
    private final Map<String, List<RecordedEvent>> read = new LinkedHashMap<>();

    public BatchHistories(EventHistory events) {
        this.events = events;
    }

    public List<RecordedEvent> of(String batchId) {
        return read.computeIfAbsent(batchId, events::read);
    }

    /** What the batch is, if the store knows it as a batch. */
    public Optional<BatchFacts> facts(String batchId) {
        List<RecordedEvent> history = of(batchId);
        return history.isEmpty() ? Optional.empty() : BatchFacts.from(history.get(0));
    }

    /** The facts of every batch read so far, in the order they were first read. */
    public List<BatchFacts> allRead() {
        return read.values().stream()
                .filter(history -> !history.isEmpty())
                .flatMap(history -> BatchFacts.from(history.get(0)).stream())
                .toList();
    }

    /** Like {@link #facts(String)}, for a batch another batch's event names, which must exist. */
    public BatchFacts require(String batchId) {
        return facts(batchId).orElseThrow(() -> new IllegalStateException(
                "the event store has no batch " + batchId + " although an event names it"));
    }
}
