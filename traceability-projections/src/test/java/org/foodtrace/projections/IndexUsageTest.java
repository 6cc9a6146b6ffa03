package org.foodtrace.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.gs1.Gs1Queries;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.testing.PigsToWetMarkets;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.projections.testing.ReadModelTables;
import org.foodtrace.projections.testing.SideStories;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.projections.trace.TraceQueries;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every query path is served by an index. The queries run in one transaction with sequential scans disabled
 * (PostgreSQL then scans a table sequentially only where no index can serve the query) and the connection's
 * cached plans discarded (a generic plan made earlier, with sequential scans allowed, would be reused). The
 * connection's scan counters ({@code pg_stat_xact_user_tables}, not flushed while a transaction runs) are read
 * before and after.
 */
@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class IndexUsageTest {

    @Autowired
    OperatorRegistryQueries operators;

    @Autowired
    BatchViewQueries batches;

    @Autowired
    LineageQueries lineage;

    @Autowired
    TraceQueries traces;

    @Autowired
    Gs1Queries gs1;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void no_query_scans_a_read_model_table_sequentially(@Autowired EventStore eventStore,
                                                         @Autowired ProjectionProgress progress) {
        PigsToWetMarkets pork = new PigsToWetMarkets();
        SideStories side = new SideStories();
        StoredEvents events = new StoredEvents(eventStore);
        pork.play(events);
        side.play(events);
        Projections.awaitUpToDate(progress);
        List<String> tables = new ReadModelTables(jdbc).names();

        Map<String, Scans> scans = transaction.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("DISCARD PLANS").update();
            Map<String, Scans> before = scansOf(tables);
            operators.find(pork.farm);
            operators.findAll(List.of(pork.farm, pork.marketA));
            operators.list(OperatorKind.RETAIL_MARKET, null, null);
            operators.list(OperatorKind.RETAIL_MARKET, "440104", OperatorStatus.ACTIVE);
            operators.list(null, "440104", null);
            operators.list(null, null, OperatorStatus.SUSPENDED);
            batches.find(pork.lotA);
            batches.everHeldBy(pork.lotA, pork.marketA);
            batches.destinationOf(pork.lotA);
            lineage.downstream(pork.pigs);
            lineage.upstream(pork.lotA);
            lineage.descendantIds(pork.pork);
            traces.findByTraceCode(pork.lotACode);
            traces.batchIdOf(pork.lotBCode);
            gs1.findBatch(SideStories.FORMULA_GTIN, SideStories.FORMULA_LOT);
            return scansOf(tables).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    entry -> entry.getValue().since(before.get(entry.getKey()))));
        });

        assertThat(scans).containsOnlyKeys(tables);
        assertThat(scans).allSatisfy((table, counted) -> {
            assertThat(counted.sequential()).as("sequential scans of " + table).isZero();
            assertThat(counted.indexed()).as("index scans of " + table).isPositive();
        });
    }

    private Map<String, Scans> scansOf(List<String> tables) {
        return jdbc.sql("SELECT relname, seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname IN (:tables)")
                .param("tables", tables)
                .query((rs, rowNum) -> Map.entry(rs.getString("relname"),
                        new Scans(rs.getLong("seq_scan"), rs.getLong("idx_scan"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record Scans(long sequential, long indexed) {

        Scans since(Scans earlier) {
            return new Scans(sequential - earlier.sequential, indexed - earlier.indexed);
        }
    }
}
