package org.foodtrace.projections.maintenance;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.projections.processing.ProcessGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-your-writes for the API: after a command, wait until every streaming processor of a read model has
 * processed the store's head as it was when the command returned (groups declared a {@link ProcessGroup}, such as
 * the recall saga, are not waited for). Progress comes from each processor's
 * {@code processingStatus()}; where this node does not hold every segment (several nodes share the work), from
 * the tokens committed in the token store. An index the processor passed while its event was still
 * uncommitted (a gap in its token) counts as processed only once no such event exists in the store.
 */
@Service
public class ProjectionProgress {

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final StreamingProcessors processors;
    private final StoredTokens storedTokens;
    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Set<String> processGroups;

    public ProjectionProgress(StreamingProcessors processors, StoredTokens storedTokens, EventStore eventStore,
                              JdbcClient jdbc, List<ProcessGroup> processGroups) {
        this.processors = processors;
        this.storedTokens = storedTokens;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.processGroups = processGroups.stream().map(ProcessGroup::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns once every read-model processor has processed the event at {@code globalIndex} and all before it,
     * or after {@code max} at the latest (reads are eventually consistent; the caller answers anyway).
     */
    public void awaitProcessed(long globalIndex, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!isProcessed(globalIndex) && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Math.min(pause, Math.max(0, deadline - System.nanoTime())));
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }

    /** Whether every read-model processor has processed {@code globalIndex}. */
    public boolean isProcessed(long globalIndex) {
        return globalIndex <= 0
                || processors.all().stream()
                .filter(processor -> !processGroups.contains(processor.getName()))
                .allMatch(processor -> processed(processor, globalIndex));
    }

    /** The global index of the newest event in the store; 0 when the store is empty. */
    public long headOfStore() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : Math.max(0, head.position().orElse(0));
    }

    private boolean processed(StreamingEventProcessor processor, long globalIndex) {
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        List<TrackingToken> tokens = StreamingProcessors.coverAllSegments(statuses)
                ? statuses.stream().map(EventTrackerStatus::getTrackingToken).toList()
                : storedTokens.of(processor.getName());
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> hasSeen(token, globalIndex));
    }

    private boolean hasSeen(TrackingToken token, long globalIndex) {
        TrackingToken position = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (position == null) {
            return false;
        }
        if (position instanceof GapAwareTrackingToken gapAware) {
            SortedSet<Long> gapsUpToIndex = gapAware.getGaps().headSet(globalIndex + 1);
            return gapAware.getIndex() >= globalIndex && (gapsUpToIndex.isEmpty() || noneStored(gapsUpToIndex));
        }
        return position.position().orElse(-1) >= globalIndex;
    }

    private boolean noneStored(Collection<Long> globalIndexes) {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE globalindex IN (:indexes))")
                .param("indexes", List.copyOf(globalIndexes))
                .query(Boolean.class)
                .single();
    }
}
