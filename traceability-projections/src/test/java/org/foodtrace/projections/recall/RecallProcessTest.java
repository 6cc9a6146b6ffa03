package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.maintenance.StreamingProcessors;
import org.foodtrace.projections.recall.progress.RecallItem;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The recall process marks every batch once, follows descendants the recall did not know of, and resumes. */
@RecallContext
class RecallProcessTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    StreamingProcessors processors;

    @Autowired
    RecallQueries recalls;

    @Test
    void aDescendantDispatchedJustBeforeTheRecallOpensIsRecalledToo() {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        OperatorProfile distributor = supply.operator(OperatorKind.DISTRIBUTOR, "Distributor", "440100");
        OperatorProfile supermarket = supply.operator(OperatorKind.SUPERMARKET, "Supermarket", "440101");
        String lot = supply.formulaLot(factory, 500, "L-LATE");
        String pallet = supply.split(lot, factory, 300).get(0);
        supply.ship(pallet, factory, distributor);
        String known = supply.dispatch(pallet, distributor, supermarket, 100);
        String late = supply.dispatchOnly(pallet, distributor, supermarket, 50);
        String recallId = id();

        commands.sendAndWait(new OpenRecall(recallId, lot, List.of(lot, pallet, known), "melamine", RecallLevel.I,
                supply.next()));

        await().atMost(Projections.PATIENCE).until(() -> recalledBy(late, recallId));
        await().atMost(Projections.PATIENCE).until(() -> recalls.find(recallId)
                .filter(recall -> recall.progress().total() == 4).isPresent());
        assertThat(recalls.find(recallId).orElseThrow().affected()).extracting(RecallItem::batchId)
                .containsExactly(lot, pallet, known, late);
        assertThat(List.of(lot, pallet, known)).allMatch(batchId -> recalledBy(batchId, recallId));
    }

    @Test
    void aRecallOpenedWhileTheProcessIsStoppedCompletesOnceItRunsAgain() {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        String lot = supply.formulaLot(factory, 500, "L-STOPPED");
        List<String> parts = supply.split(lot, factory, 100, 100, 100);
        String recallId = id();
        StreamingEventProcessor process = processors.named(RecallGroups.PROCESS);

        process.shutDown();
        try {
            commands.sendAndWait(new OpenRecall(recallId, lot, parts, "melamine", RecallLevel.I, supply.next()));
            await().atMost(Projections.PATIENCE).until(() -> recalls.find(recallId).isPresent());
            assertThat(recalledBy(lot, recallId)).as("the root, recalled when the recall opened").isTrue();
            assertThat(parts).noneMatch(part -> recalledBy(part, recallId));
        } finally {
            process.start();
        }

        await().atMost(Projections.PATIENCE).until(() -> parts.stream().allMatch(part -> recalledBy(part, recallId)));
    }

    @Test
    void aBatchAnEarlierRecallReachedIsLeftToThatRecallAndShownInBoth() {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        String lot = supply.formulaLot(factory, 500, "L-TWICE");
        List<String> parts = supply.split(lot, factory, 100, 100);
        String first = id();
        String second = id();
        commands.sendAndWait(new OpenRecall(first, parts.get(0), List.of(), "label error", RecallLevel.III,
                supply.next()));

        commands.sendAndWait(new OpenRecall(second, lot, parts, "melamine", RecallLevel.I, supply.next()));

        await().atMost(Projections.PATIENCE).until(() -> recalledBy(parts.get(1), second));
        await().atMost(Projections.PATIENCE).until(() -> recalls.find(second)
                .filter(recall -> recall.affected().stream().allMatch(item -> item.recalledBy() != null))
                .isPresent());
        assertThat(recalls.find(second).orElseThrow().affected())
                .extracting(RecallItem::batchId, RecallItem::recalledBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lot, second),
                        org.assertj.core.groups.Tuple.tuple(parts.get(0), first),
                        org.assertj.core.groups.Tuple.tuple(parts.get(1), second));
        assertThat(recalledBy(parts.get(0), first)).isTrue();
    }

    /** Whether the batch's last recall event is by the given recall (read from the event store). */
    private boolean recalledBy(String batchId, String recallId) {
        return eventStore.readEvents(batchId, 0).asStream()
                .map(event -> event.getPayload())
                .filter(BatchRecalled.class::isInstance)
                .map(BatchRecalled.class::cast)
                .anyMatch(recalled -> recalled.recallId().equals(recallId));
    }
}
