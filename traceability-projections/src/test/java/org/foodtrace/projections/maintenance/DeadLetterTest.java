package org.foodtrace.projections.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.traceCode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.testing.Fixtures;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class DeadLetterTest {

    static final String GROUP = "dead-letter-test";

    @Autowired
    DeadLetterService deadLetters;

    @Autowired
    FlakyProjection flaky;

    @Autowired
    BatchViewQueries batches;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    JdbcClient jdbc;

    StoredEvents events;
    String poisoned;
    String healthy;

    @BeforeEach
    void setUp(@Autowired EventStore eventStore) {
        flaky.fix();
        deadLetters.retry(GROUP);
        events = new StoredEvents(eventStore);
        poisoned = id();
        healthy = id();
        flaky.failFor(poisoned);
        events.batch(poisoned, registered(poisoned), exited(poisoned));
        events.batch(healthy, registered(healthy));
        await().atMost(Projections.PATIENCE)
                .until(() -> deadLetters.list(GROUP).size() == 2 && flaky.applied(healthy + " REGISTERED"));
    }

    @Test
    void a_failing_event_is_parked_with_the_rest_of_its_batch_while_other_batches_flow() {
        events.batch(healthy, exited(healthy));
        await().atMost(Projections.PATIENCE).until(() -> flaky.applied(healthy + " ORIGIN_EXITED"));

        List<DeadLetterView> letters = deadLetters.list(GROUP);
        assertThat(letters).extracting(DeadLetterView::aggregateIdentifier).containsOnly(poisoned);
        assertThat(letters).extracting(DeadLetterView::aggregateSequenceNumber).containsExactly(0L, 1L);
        assertThat(letters.get(0).causeType()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letters.get(0).causeMessage()).contains(poisoned);
        assertThat(letters.get(1).causeType()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = :group")
                .param("group", GROUP).query(Long.class).single()).isEqualTo(2L);
        assertThat(flaky.appliedEvents()).noneMatch(event -> event.startsWith(poisoned));
    }

    @Test
    void other_read_models_are_not_held_up_by_one_groups_dead_letters() {
        Projections.awaitUpToDate(progress);

        assertThat(batches.find(poisoned)).isPresent();
    }

    @Test
    void a_retry_while_the_handler_still_fails_keeps_the_letters() {
        assertThat(deadLetters.retry(GROUP)).isZero();

        assertThat(deadLetters.list(GROUP)).hasSize(2);
    }

    @Test
    void once_the_handler_is_fixed_a_retry_applies_the_parked_events_in_order_and_empties_the_queue() {
        flaky.fix();

        int retried = deadLetters.retry(GROUP);

        assertThat(retried).isEqualTo(2);
        assertThat(deadLetters.list(GROUP)).isEmpty();
        assertThat(flaky.appliedEvents()).containsSubsequence(poisoned + " REGISTERED", poisoned + " ORIGIN_EXITED");
    }

    private static BatchRegistered registered(String batchId) {
        return new BatchRegistered(batchId, traceCode(), Category.VEGETABLE, "Lettuce", null, kg("10"), "440111",
                Fixtures.day(20), null, null, null, "farm", hour(0));
    }

    private static BatchOriginExited exited(String batchId) {
        return new BatchOriginExited(batchId, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-1", "Co-op",
                Fixtures.day(20), Fixtures.day(25)), "market", kg("10"), "farm", hour(1));
    }

    @TestConfiguration
    static class FlakyProjectionConfiguration {

        @Bean
        FlakyProjection flakyProjection() {
            return new FlakyProjection();
        }
    }

    /** A test-only read model, in a processing group of its own, that cannot handle one batch until fixed. */
    @ProcessingGroup(GROUP)
    static class FlakyProjection {

        private final Set<String> failing = ConcurrentHashMap.newKeySet();
        private final List<String> applied = new CopyOnWriteArrayList<>();

        void failFor(String batchId) {
            failing.add(batchId);
        }

        void fix() {
            failing.clear();
        }

        boolean applied(String event) {
            return applied.contains(event);
        }

        List<String> appliedEvents() {
            return List.copyOf(applied);
        }

        @EventHandler
        void on(BatchRegistered event) {
            apply(event.batchId(), "REGISTERED");
        }

        @EventHandler
        void on(BatchOriginExited event) {
            apply(event.batchId(), "ORIGIN_EXITED");
        }

        private void apply(String batchId, String what) {
            if (failing.contains(batchId)) {
                throw new IllegalStateException("cannot project batch " + batchId + " yet");
            }
            applied.add(batchId + " " + what);
        }
    }
}
