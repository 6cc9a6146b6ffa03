package org.foodtrace.projections.maintenance;

import java.util.Collection;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** Finds the streaming event processors that feed the read models (processor name = processing group). */
@Component
public class StreamingProcessors {

    private final EventProcessingConfiguration processing;

    public StreamingProcessors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public StreamingEventProcessor named(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor for group " + group));
    }

    public List<StreamingEventProcessor> all() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /**
     * Whether the segments claimed here cover the whole event stream: a segment with mask m handles
     * 1/(m+1) of it, and masks are powers of two minus one.
     */
    static boolean coverAllSegments(Collection<EventTrackerStatus> statuses) {
        if (statuses.isEmpty()) {
            return false;
        }
        long whole = statuses.stream().map(EventTrackerStatus::getSegment).mapToLong(StreamingProcessors::parts)
                .max().orElseThrow();
        long covered = statuses.stream().map(EventTrackerStatus::getSegment)
                .mapToLong(segment -> whole / parts(segment)).sum();
        return covered == whole;
    }

    private static long parts(Segment segment) {
        return segment.getMask() + 1L;
    }
}
