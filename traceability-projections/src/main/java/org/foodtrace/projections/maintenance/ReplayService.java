package org.foodtrace.projections.maintenance;

import java.util.Collection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Service;

/**
 * Rebuilds a read model from the event store. The processor is stopped, its tokens reset (the group's
 * {@code @ResetHandler}s empty its tables and its dead letters are cleared, since every event is delivered
 * again), and started again; it then replays from the first event while readers see the model refill.
 * Only one node may hold the group's segments during a rebuild: stop the processor on the other nodes first.
 */
@Service
public class ReplayService {

    private final StreamingProcessors processors;

    public ReplayService(StreamingProcessors processors) {
        this.processors = processors;
    }

    public void rebuild(String group) {
        StreamingEventProcessor processor = processors.named(group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /**
     * Whether the group's processor runs here, holds every segment, and has replayed up to where it was reset and
     * on to the head of the store.
     */
    public boolean caughtUp(String group) {
        StreamingEventProcessor processor = processors.named(group);
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        return processor.isRunning() && StreamingProcessors.coverAllSegments(statuses)
                && statuses.stream().allMatch(ReplayService::caughtUp);
    }

    /**
     * A segment is caught up at the head, without error, and past its reset position. Axon keeps calling a
     * segment "replaying" until it handles an event newer than the reset, so a rebuilt model in a quiet store
     * counts as caught up once its position reaches the reset position.
     */
    static boolean caughtUp(EventTrackerStatus status) {
        return status.isCaughtUp() && !status.isErrorState() && (!status.isReplaying()
                || status.getCurrentPosition().orElse(-1) >= status.getResetPosition().orElse(Long.MAX_VALUE));
    }
}
