package org.foodtrace.projections.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.traceCode;

import java.time.Duration;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.recall.RecallGroups;
import org.foodtrace.projections.testing.Fixtures;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.projections.trace.TraceQueries;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class ProjectionProgressTest {

    @Autowired
    ProjectionProgress progress;

    @Autowired
    EventStore eventStore;

    @Autowired
    BatchViewQueries batches;

    @Autowired
    LineageQueries lineage;

    @Autowired
    TraceQueries traces;

    @Autowired
    StreamingProcessors processors;

    @Test
    void after_waiting_for_the_head_of_the_store_every_read_model_shows_the_write() {
        String batchId = id();
        String code = traceCode();
        new StoredEvents(eventStore).batch(batchId, new BatchRegistered(batchId, code, Category.VEGETABLE, "Leeks",
                null, kg("5"), "440111", Fixtures.day(20), null, null, null, "farm", hour(0)));

        progress.awaitProcessed(progress.headOfStore(), Duration.ofSeconds(30));

        assertThat(batches.find(batchId)).isPresent();
        assertThat(lineage.downstream(batchId).nodes()).isNotEmpty();
        assertThat(traces.batchIdOf(code)).contains(batchId);
    }

    @Test
    void the_head_of_the_store_grows_with_each_event() {
        long before = progress.headOfStore();
        String batchId = id();
        new StoredEvents(eventStore).batch(batchId, new BatchRegistered(batchId, traceCode(), Category.VEGETABLE,
                "Leeks", null, kg("5"), "440111", Fixtures.day(20), null, null, null, "farm", hour(0)));

        assertThat(progress.headOfStore()).isGreaterThan(before);
    }

    @Test
    void waiting_for_an_event_that_does_not_exist_gives_up_after_the_given_time() {
        long future = progress.headOfStore() + 1_000;
        long started = System.nanoTime();

        progress.awaitProcessed(future, Duration.ofMillis(300));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300),
                Duration.ofSeconds(5));
        assertThat(progress.isProcessed(future)).isFalse();
    }

    @Test
    void a_stopped_recall_process_does_not_hold_back_read_your_writes() {
        StreamingEventProcessor recallProcess = processors.named(RecallGroups.PROCESS);
        recallProcess.shutDown();
        try {
            String batchId = id();
            new StoredEvents(eventStore).batch(batchId, new BatchRegistered(batchId, traceCode(), Category.VEGETABLE,
                    "Leeks", null, kg("5"), "440111", Fixtures.day(20), null, null, null, "farm", hour(0)));
            long head = progress.headOfStore();

            progress.awaitProcessed(head, Duration.ofSeconds(30));

            assertThat(progress.isProcessed(head)).isTrue();
            assertThat(batches.find(batchId)).isPresent();
        } finally {
            recallProcess.start();
        }
    }

    @Test
    void nothing_is_awaited_for_an_empty_position() {
        assertThat(progress.isProcessed(0)).isTrue();
    }
}
