package org.foodtrace.projections.recall.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.projections.maintenance.StreamingProcessors;
import org.foodtrace.projections.recall.RecallContext;
import org.foodtrace.projections.recall.RecallGroups;
import org.foodtrace.projections.recall.Supply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A recall blocks the goods of every batch it covers as soon as it opens, before the recall process has marked
 * them: here the process is stopped, so only the block can refuse.
 */
@RecallContext
class RecallBlockTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    StreamingProcessors processors;

    @Autowired
    JdbcClient jdbc;

    Supply supply;
    OperatorProfile factory;
    OperatorProfile distributor;
    OperatorProfile supermarket;
    String lot;
    String pallet;
    String shelf;
    String recallId;

    @BeforeEach
    void aLotOnAShelfWhoseRecallTheProcessHasNotReachedYet() {
        supply = new Supply(commands);
        factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        distributor = supply.operator(OperatorKind.DISTRIBUTOR, "Distributor", "440100");
        supermarket = supply.operator(OperatorKind.SUPERMARKET, "Supermarket", "440101");
        lot = supply.formulaLot(factory, 500, "L-BLOCK");
        pallet = supply.split(lot, factory, 300).get(0);
        supply.ship(pallet, factory, distributor);
        shelf = supply.dispatch(pallet, distributor, supermarket, 100);
        recallId = id();
        process().shutDown();
        commands.sendAndWait(new OpenRecall(recallId, lot, List.of(lot, pallet, shelf), "melamine", RecallLevel.I,
                supply.next()));
    }

    @AfterEach
    void restartTheProcess() {
        process().start();
    }

    @Test
    void everyAffectedBatchIsBlockedWhenTheRecallOpens() {
        assertThat(jdbc.sql("SELECT batch_id FROM recall.recall_block WHERE recall_id = :recallId")
                .param("recallId", recallId).query(String.class).list())
                .containsExactlyInAnyOrder(lot, pallet, shelf);
        assertThat(recalled(shelf)).as("the shelf's aggregate, not marked yet").isFalse();
    }

    @Test
    void aSaleOfABlockedBatchIsRefusedAsRecalledAndNothingIsRecorded() {
        assertThatThrownBy(() -> supply.sell(shelf, supermarket, 1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(RuleCode.BATCH_RECALLED));
        assertThat(eventStore.readEvents(shelf, 0).asStream().map(event -> event.getPayload()))
                .noneMatch(BatchSold.class::isInstance);
    }

    @Test
    void aDispatchOfABlockedBatchIsRefusedAsRecalled() {
        assertThatThrownBy(() -> supply.dispatchOnly(pallet, distributor, supermarket, 10))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(RuleCode.BATCH_RECALLED));
    }

    @Test
    void theAggregatesOwnRefusalsComeFirstSoAStrangerLearnsNothing() {
        assertThatThrownBy(() -> supply.sell(shelf, distributor, 1))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(RuleCode.NOT_HOLDER));
    }

    @Test
    void theHolderMayStillDisposeOfABlockedBatch() {
        assertThat(supply.dispose(shelf, supermarket, 100).isPositive()).isFalse();
    }

    @Test
    void aBatchNoRecallCoversSellsAsBefore() {
        String other = supply.formulaLot(factory, 50, "L-FREE");
        supply.ship(other, factory, supermarket);
        supply.sell(other, supermarket, 1);
        assertThat(eventStore.readEvents(other, 0).asStream().map(event -> event.getPayload()))
                .anyMatch(BatchSold.class::isInstance);
    }

    private StreamingEventProcessor process() {
        return processors.named(RecallGroups.PROCESS);
    }

    private boolean recalled(String batchId) {
        return eventStore.readEvents(batchId, 0).asStream().map(event -> event.getPayload())
                .anyMatch(BatchRecalled.class::isInstance);
    }
}
