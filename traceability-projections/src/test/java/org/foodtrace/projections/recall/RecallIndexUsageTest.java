package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.progress.RecallStatus;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every recall query is served by an index: run with sequential scans off, no table of schema recall is scanned
 * sequentially (PostgreSQL then does so only where no index can serve the query).
 */
@RecallContext
class RecallIndexUsageTest {

    private static final List<String> TABLES = List.of("recall", "recall_item", "recalled_batch", "batch_code",
            "sale");

    @Autowired
    RecallQueries recalls;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noRecallQueryScansATableSequentially(@Autowired CommandGateway commands,
                                              @Autowired TransactionTemplate transaction) {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        OperatorProfile market = supply.operator(OperatorKind.SUPERMARKET, "Supermarket", "440101");
        String lot = supply.formulaLot(factory, 500, "L-INDEX");
        String pallet = supply.split(lot, factory, 200).get(0);
        supply.ship(pallet, factory, market);
        supply.sell(pallet, market, 20);
        String recallId = id();
        commands.sendAndWait(new OpenRecall(recallId, lot, List.of(lot, pallet), "melamine", RecallLevel.I,
                supply.next()));
        await().atMost(Projections.PATIENCE).until(() -> recalls.find(recallId)
                .filter(recall -> recall.affected().stream().allMatch(item -> item.recalledBy() != null))
                .isPresent());
        jdbc.sql("ANALYZE").update();

        Map<String, Long> sequentialScans = transaction.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            Map<String, Long> before = sequentialScans();
            assertThat(recalls.find(recallId)).isPresent();
            assertThat(recalls.inbox(market.operatorId(), null)).isNotEmpty();
            assertThat(recalls.inbox(market.operatorId(), RecallStatus.OPEN)).isNotEmpty();
            assertThat(recalls.list(RecallStatus.OPEN)).isNotEmpty();
            return sequentialScans().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    entry -> entry.getValue() - before.getOrDefault(entry.getKey(), 0L)));
        });

        assertThat(sequentialScans).containsOnlyKeys(TABLES).allSatisfy((table, scans) ->
                assertThat(scans).as("sequential scans of recall." + table).isZero());
    }

    private Map<String, Long> sequentialScans() {
        return jdbc.sql("""
                        SELECT relname, seq_scan FROM pg_stat_xact_user_tables
                        WHERE schemaname = 'recall' AND relname IN (:tables)""")
                .param("tables", TABLES)
                .query((rs, row) -> Map.entry(rs.getString("relname"), rs.getLong("seq_scan")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
