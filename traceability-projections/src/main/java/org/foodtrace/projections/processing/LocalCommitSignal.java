package org.foodtrace.projections.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the message source of every pooled streaming processor, with streams that tell their
 * processor when events arrive. Axon's pooled processor polls a stream that cannot say so every 500 ms, so every
 * write waited on average a quarter of a second for the read models (and read-your-writes with it). Here each
 * stream accepts the processor's availability callback, fired once a unit of work that published events on this
 * node has committed, and every {@code pollInterval} besides, for events other nodes commit. After a local commit
 * the stream waits briefly ({@code handOver}) for the store's own reader to fetch the new events.
 */
public final class LocalCommitSignal implements StreamableMessageSource<TrackedEventMessage<?>>, Lifecycle {

    private final EventStore eventStore;
    private final Duration handOver;
    private final Set<SignalledStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker;

    public LocalCommitSignal(EventStore eventStore, Duration pollInterval, Duration handOver) {
        this.eventStore = eventStore;
        this.handOver = handOver;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "event-availability-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> streams.forEach(stream -> stream.signal(false)),
                pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        eventStore.subscribe(this::published);
    }

    private void published(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> signalCommitted());
        } else {
            signalCommitted();
        }
    }

    private void signalCommitted() {
        streams.forEach(stream -> stream.signal(true));
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        SignalledStream stream = new SignalledStream(eventStore.openStream(trackingToken));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public void registerLifecycleHandlers(LifecycleRegistry lifecycle) {
        lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, ticker::shutdownNow);
    }

    /** A stream of the store that runs its processor's callback when events may have arrived. */
    private final class SignalledStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;
        private volatile boolean committed;

        private SignalledStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void signal(boolean localCommit) {
            if (localCommit) {
                committed = true;
            }
            Runnable current = callback;
            if (current != null) {
                try {
                    current.run();
                } catch (RuntimeException stopped) {
                    // the processor is shutting down (its coordinator refuses new tasks): nothing to wake
                }
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (delegate.hasNextAvailable(timeout, unit)) {
                committed = false;
                return true;
            }
            if (committed) {
                committed = false;
                return delegate.hasNextAvailable((int) handOver.toMillis(), TimeUnit.MILLISECONDS);
            }
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            delegate.close();
        }
    }
}
