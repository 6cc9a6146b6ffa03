package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.projections.batch.QuantityView;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.recall.process.RecallSaga;
import org.foodtrace.projections.recall.progress.ItemState;
import org.foodtrace.projections.recall.progress.RecallItem;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.progress.RecallStatus;
import org.foodtrace.projections.recall.progress.RecallView;
import org.foodtrace.projections.recall.progress.SaleView;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A factory lot of infant formula (GTIN, lot, expiry) goes to three distributors in pallets, each of which sends
 * four supermarkets their share; the factory keeps a rest, and two supermarkets have sold some. A recall of the factory lot reaches all sixteen
 * batches, every holder is refused further sales, batches with nothing left are cleared at once, and the recall
 * completes when the holders have disposed of what they still had.
 */
@RecallContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfantFormulaRecallTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    LineageQueries lineage;

    @Autowired
    RecallQueries recalls;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    JdbcClient jdbc;

    final String recallId = id();
    final Map<String, OperatorProfile> holders = new LinkedHashMap<>();
    final List<OperatorProfile> supermarkets = new ArrayList<>();
    String lot;
    String partlySold;
    String soldOut;
    String partlySoldSale;
    int affectedBatches;

    @BeforeAll
    void recallAFormulaLotThatReachedTwelveSupermarkets() {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Feihe Dairy Qiqihar", "230200");
        lot = supply.formulaLot(factory, 1300, "L2026-1119-A");
        holders.put(lot, factory);
        List<String> pallets = supply.split(lot, factory, 400, 400, 400);
        for (int d = 0; d < 3; d++) {
            OperatorProfile distributor = supply.operator(OperatorKind.DISTRIBUTOR, "Distributor " + d, "440100");
            String pallet = pallets.get(d);
            supply.ship(pallet, factory, distributor);
            holders.put(pallet, distributor);
            for (int s = 0; s < 4; s++) {
                OperatorProfile supermarket = supply.operator(OperatorKind.SUPERMARKET, "Supermarket " + d + "-" + s,
                        "44010" + s);
                supermarkets.add(supermarket);
                holders.put(supply.dispatch(pallet, distributor, supermarket, 100), supermarket);
            }
        }
        List<String> shelves = holders.keySet().stream().filter(id -> supermarkets.contains(holders.get(id))).toList();
        partlySold = shelves.get(0);
        partlySoldSale = supply.sell(partlySold, holders.get(partlySold), 30);
        soldOut = shelves.get(5);
        supply.sell(soldOut, holders.get(soldOut), 60);
        supply.sell(soldOut, holders.get(soldOut), 40);
        Projections.awaitUpToDate(progress);

        List<String> affected = lineage.descendantIds(lot);
        affectedBatches = affected.size();
        commands.sendAndWait(new OpenRecall(recallId, lot, affected, "Melamine above 2.5 mg/kg in sampling",
                RecallLevel.I, supply.next()));
        await().atMost(Projections.PATIENCE).until(() -> recalls.find(recallId)
                .filter(recall -> recall.progress().total() == 16 && recall.affected().stream()
                        .allMatch(item -> item.holderOperatorId() != null)).isPresent());
    }

    @Test
    void theRecallCoversTheLotAndEveryDescendant() {
        assertThat(affectedBatches).isEqualTo(16);
        assertThat(recalls.find(recallId).orElseThrow().affected()).extracting(RecallItem::batchId)
                .containsExactlyInAnyOrderElementsOf(holders.keySet())
                .first().isEqualTo(lot);
    }

    @Test
    void theRecallProcessEndsOnceEveryBatchIsRecalledAndLeavesNothingInTheSagaStore() {
        await().atMost(Projections.PATIENCE).until(() -> jdbc.sql("""
                        SELECT count(*) FROM associationvalueentry
                        WHERE sagatype = :type AND associationkey = 'recallId' AND associationvalue = :recallId""")
                .param("type", RecallSaga.class.getName())
                .param("recallId", recallId)
                .query(Long.class).single() == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM associationvalueentry WHERE associationvalue IN (:batchIds)")
                .param("batchIds", List.copyOf(holders.keySet())).query(Long.class).single()).isZero();
    }

    @Test
    void everyHolderIsRefusedFurtherSalesWithBatchRecalled() {
        Supply supply = new Supply(commands);
        holders.forEach((batchId, holder) -> assertThatThrownBy(() -> supply.sell(batchId, holder, 1))
                .as(batchId)
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(RuleCode.BATCH_RECALLED)));
    }

    @Test
    void batchesWithNothingLeftAreClearedAndTheOthersPending() {
        RecallView recall = recalls.find(recallId).orElseThrow();

        Map<ItemState, List<String>> byState = recall.affected().stream().collect(
                Collectors.groupingBy(RecallItem::state,
                        Collectors.mapping(RecallItem::batchId, Collectors.toList())));
        assertThat(byState.get(ItemState.CLEARED)).hasSize(4).contains(soldOut);
        assertThat(byState.get(ItemState.PENDING)).hasSize(12).contains(lot, partlySold);
        assertThat(recall.status()).isEqualTo(RecallStatus.OPEN);
        assertThat(recall.progress().resolved()).isEqualTo(4);
    }

    @Test
    void eachItemNamesItsHolderWhatWasLeftAndWhatWasSoldBeforeTheRecall() {
        RecallItem item = item(partlySold);

        assertThat(item.holderOperatorId()).isEqualTo(holders.get(partlySold).operatorId());
        assertThat(item.traceCode()).hasSize(16);
        assertThat(item.availableAtRecall()).isEqualTo(new QuantityView(BigDecimal.valueOf(70), "unit"));
        assertThat(item.soldBeforeRecall().amount()).isEqualByComparingTo("30");
        assertThat(item.soldBeforeRecall().sales()).singleElement().satisfies(sale -> {
            assertThat(sale.saleId()).isEqualTo(partlySoldSale);
            assertThat(sale.quantity()).isEqualTo(new QuantityView(BigDecimal.valueOf(30), "unit"));
            assertThat(sale.operatorName()).isEqualTo("Supermarket 0-0");
            assertThat(sale.region()).isEqualTo("440100");
            assertThat(sale.soldAt()).isNotNull();
        });
        assertThat(item(soldOut).soldBeforeRecall().sales()).extracting(SaleView::quantity)
                .extracting(QuantityView::amount).containsExactly(BigDecimal.valueOf(60), BigDecimal.valueOf(40));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theRecallCompletesWhenTheHoldersHaveDisposedOfWhatTheyStillHad() {
        Supply supply = new Supply(commands);
        RecallView before = recalls.find(recallId).orElseThrow();
        for (RecallItem item : before.affected()) {
            if (item.state() == ItemState.PENDING) {
                long left = item.available().amount().longValueExact();
                supply.dispose(item.batchId(), holders.get(item.batchId()), left - 1);
                supply.dispose(item.batchId(), holders.get(item.batchId()), 1);
            }
        }

        await().atMost(Projections.PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> recalls.find(recallId).orElseThrow().status() == RecallStatus.COMPLETED);
        RecallView after = recalls.find(recallId).orElseThrow();
        assertThat(after.progress().total()).isEqualTo(16).isEqualTo(after.progress().resolved());
        assertThat(after.affected()).filteredOn(item -> item.state() == ItemState.DISPOSED).hasSize(12)
                .allSatisfy(item -> assertThat(item.available().amount()).isZero());
        assertThat(recalls.list(RecallStatus.COMPLETED)).extracting(summary -> summary.recallId()).contains(recallId);
        assertThat(recalls.list(RecallStatus.OPEN)).extracting(summary -> summary.recallId()).doesNotContain(recallId);
    }

    private RecallItem item(String batchId) {
        return recalls.find(recallId).orElseThrow().affected().stream()
                .filter(item -> item.batchId().equals(batchId)).findFirst().orElseThrow();
    }
}
