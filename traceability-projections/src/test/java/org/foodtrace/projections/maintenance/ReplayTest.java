package org.foodtrace.projections.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.testing.PigsToWetMarkets;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.projections.testing.ReadModelTables;
import org.foodtrace.projections.testing.SideStories;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class ReplayTest {

    /** The tables each read model owns. */
    private static final Map<String, List<String>> TABLES = Map.of(
            ProcessingGroups.OPERATOR_REGISTRY, List.of("operator_registry"),
            ProcessingGroups.BATCH_VIEW, List.of("batch_view", "batch_view_parent", "batch_view_event",
                    "batch_view_party"),
            ProcessingGroups.LINEAGE, List.of("lineage_node", "lineage_edge"),
            ProcessingGroups.TRACE_VIEW, List.of("trace_operator", "trace_batch", "trace_parent", "trace_step",
                    "trace_inspection", "trace_chain"),
            ProcessingGroups.GS1_INDEX, List.of("gs1_lot"));

    @Autowired
    ReplayService replay;

    @Autowired
    StreamingProcessors processors;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    JdbcClient jdbc;

    ReadModelTables tables;
    PigsToWetMarkets pork;

    @BeforeEach
    void play(@Autowired EventStore eventStore) {
        tables = new ReadModelTables(jdbc);
        StoredEvents events = new StoredEvents(eventStore);
        pork = new PigsToWetMarkets();
        pork.play(events);
        new SideStories().play(events);
        Projections.awaitUpToDate(progress);
    }

    @Test
    void every_read_model_table_belongs_to_one_processing_group() {
        assertThat(TABLES).containsOnlyKeys(ProcessingGroups.READ_MODELS);
        assertThat(TABLES.values().stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(tables.names());
    }

    @Test
    void rebuilding_every_read_model_by_replay_gives_byte_identical_tables() {
        String before = tables.dump();

        ProcessingGroups.READ_MODELS.forEach(replay::rebuild);
        await().atMost(Projections.PATIENCE)
                .until(() -> ProcessingGroups.READ_MODELS.stream().allMatch(replay::caughtUp));

        assertThat(before).contains(pork.lotACode, PigsToWetMarkets.FARM_NAME, "SLAUGHTERED");
        assertThat(tables.dump()).isEqualTo(before);
    }

    @Test
    void a_reset_empties_the_tables_of_its_read_model_and_no_others() {
        for (String group : ProcessingGroups.READ_MODELS) {
            StreamingEventProcessor processor = processors.named(group);
            processor.shutDown();
            Map<String, Long> othersBefore = rowCounts(otherTables(group));

            processor.resetTokens();

            assertThat(rowCounts(TABLES.get(group))).as(group).allSatisfy((table, rows) -> assertThat(rows).isZero());
            assertThat(rowCounts(otherTables(group))).isEqualTo(othersBefore);
            processor.start();
            await().atMost(Projections.PATIENCE).until(() -> replay.caughtUp(group));
        }
    }

    @Test
    void a_stopped_processor_is_not_caught_up() {
        StreamingEventProcessor processor = processors.named(ProcessingGroups.LINEAGE);
        processor.shutDown();
        boolean whileStopped = replay.caughtUp(ProcessingGroups.LINEAGE);
        processor.start();

        assertThat(whileStopped).isFalse();
        await().atMost(Projections.PATIENCE).until(() -> replay.caughtUp(ProcessingGroups.LINEAGE));
    }

    private static List<String> otherTables(String group) {
        return TABLES.entrySet().stream().filter(entry -> !entry.getKey().equals(group))
                .flatMap(entry -> entry.getValue().stream()).toList();
    }

    private Map<String, Long> rowCounts(List<String> names) {
        return names.stream().collect(Collectors.toMap(table -> table,
                table -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()));
    }
}
