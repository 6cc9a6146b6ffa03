package org.foodtrace.projections.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.testing.PigsToWetMarkets;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.projections.testing.ReadModelTables;
import org.foodtrace.projections.testing.SideStories;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Idempotency: the processors are wound back to the first event without a reset, so every handler gets every
 * event it already applied a second time, as after a lost token update or a segment moving between nodes.
 */
@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class RedeliveryTest {

    @Autowired
    StreamingProcessors processors;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Test
    void delivering_every_event_a_second_time_changes_no_read_model(@Autowired EventStore eventStore) {
        StoredEvents events = new StoredEvents(eventStore);
        new PigsToWetMarkets().play(events);
        new SideStories().play(events);
        Projections.awaitUpToDate(progress);
        ReadModelTables tables = new ReadModelTables(jdbc);
        String before = tables.dump();

        ProcessingGroups.READ_MODELS.forEach(this::windBackToTheFirstEvent);
        Projections.awaitUpToDate(progress);
        await().atMost(Projections.PATIENCE).until(() -> ProcessingGroups.READ_MODELS.stream()
                .allMatch(group -> processors.named(group).processingStatus().values().stream()
                        .allMatch(status -> status.isCaughtUp())));

        assertThat(tables.dump()).isEqualTo(before);
    }

    private void windBackToTheFirstEvent(String group) {
        Projections.windBackToTheFirstEvent(processors.named(group), tokenStore, transactionManager);
    }
}
