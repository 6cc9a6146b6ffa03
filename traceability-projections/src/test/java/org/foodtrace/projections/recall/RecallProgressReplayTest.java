package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.maintenance.ReplayService;
import org.foodtrace.projections.maintenance.StreamingProcessors;
import org.foodtrace.projections.recall.progress.ItemState;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The recall-progress read model is rebuilt identically by replay, and a redelivered event changes nothing. */
@RecallContext
class RecallProgressReplayTest {

    private static final List<String> TABLES = List.of("recall", "recall_item", "recalled_batch", "batch_code",
            "sale");

    @Autowired
    CommandGateway commands;

    @Autowired
    RecallQueries recalls;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    StreamingProcessors processors;

    @Autowired
    JdbcClient jdbc;

    String recallId;

    @BeforeEach
    void recallALotPartlySoldAndPartlyDisposedOf() {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        OperatorProfile market = supply.operator(OperatorKind.SUPERMARKET, "Supermarket", "440101");
        String lot = supply.formulaLot(factory, 500, "L-REPLAY");
        String pallet = supply.split(lot, factory, 200).get(0);
        supply.ship(pallet, factory, market);
        supply.sell(pallet, market, 20);
        supply.sell(pallet, market, 30);
        recallId = id();
        commands.sendAndWait(new OpenRecall(recallId, lot, List.of(lot, pallet), "melamine", RecallLevel.I,
                supply.next()));
        await().atMost(Projections.PATIENCE).until(() -> recalls.find(recallId)
                .filter(recall -> recall.affected().stream().allMatch(item -> item.recalledBy() != null))
                .isPresent());
        supply.dispose(pallet, market, 100);
        supply.dispose(lot, factory, 300);
        Projections.awaitUpToDate(progress);
    }

    @Test
    void rebuildingByReplayGivesIdenticalTables(@Autowired ReplayService replay) {
        String before = dump();

        replay.rebuild(RecallGroups.PROGRESS);
        await().atMost(Projections.PATIENCE).until(() -> replay.caughtUp(RecallGroups.PROGRESS));

        assertThat(before).contains(recallId, "DISPOSED", "PENDING");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void deliveringEveryEventASecondTimeChangesNothing(@Autowired TokenStore tokenStore,
                                                       @Autowired TransactionManager transactions) {
        String before = dump();
        Projections.windBackToTheFirstEvent(processors.named(RecallGroups.PROGRESS), tokenStore, transactions);
        Projections.awaitUpToDate(progress);

        assertThat(dump()).isEqualTo(before);
        assertThat(recalls.find(recallId).orElseThrow().affected())
                .extracting(item -> item.state(), item -> item.available().amount().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemState.DISPOSED, 0),
                        org.assertj.core.groups.Tuple.tuple(ItemState.PENDING, 50));
    }

    private String dump() {
        StringBuilder dump = new StringBuilder();
        for (String table : TABLES) {
            dump.append("== ").append(table).append('\n');
            jdbc.sql("SELECT CAST(t AS TEXT) FROM recall." + table + " t ORDER BY 1").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }
}
