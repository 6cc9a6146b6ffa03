package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * 召回: a recalled batch refuses to move (sale, dispatch, split, processing) and accepts disposal; the
 * recall records what was left and what had already been sold.
 */
class RecallTest {

    private static final BatchSold SOLD_300 = new BatchSold(BATCH, "sale-0", kg(300), null, MARKET.operatorId(), LATER);
    private static final RecallBatch RECALL = new RecallBatch(BATCH, "recall-1", "pesticide residue", RecallLevel.I,
            LATER);
    private static final BatchRecalled RECALLED = new BatchRecalled(BATCH, "recall-1", "pesticide residue",
            RecallLevel.I, MARKET.operatorId(), kg(700), kg(300), LATER, List.of());

    @Test
    void aRecallRecordsTheHolderWhatIsLeftAndWhatWasSold() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_300))
                .when(RECALL)
                .expectEvents(RECALLED)
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.RECALLED));
    }

    @Test
    void aBatchWithNothingLeftIsRecalledToo() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET,
                        new BatchSold(BATCH, "sale-0", kg(1000), null, MARKET.operatorId(), LATER)))
                .when(RECALL)
                .expectEvents(new BatchRecalled(BATCH, "recall-1", "pesticide residue", RecallLevel.I,
                        MARKET.operatorId(), kg(0), kg(1000), LATER, List.of()));
    }

    @Test
    void aRecallNamesEveryBatchDerivedSoFarSoTheRecallCanFollowThem() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET,
                        new BatchDispatched(BATCH, CHILD, traceCode(2), OTHER_MARKET.operatorId(), kg(100),
                                MARKET.operatorId(), LATER)))
                .when(RECALL)
                .expectEvents(new BatchRecalled(BATCH, "recall-1", "pesticide residue", RecallLevel.I,
                        MARKET.operatorId(), kg(900), kg(0), LATER, List.of(CHILD)));
    }

    @Test
    void recallingARecalledBatchIsRefused() {
        fixture().given(recalled())
                .when(new RecallBatch(BATCH, "recall-2", "again", RecallLevel.II, LATER))
                .expectException(violation(RuleCode.ALREADY_RECALLED))
                .expectNoEvents();
    }

    @Test
    void aRecalledBatchIsNotSold() {
        fixture().given(recalled())
                .when(sell(kg(1), MARKET))
                .expectException(violation(RuleCode.BATCH_RECALLED))
                .expectNoEvents();
    }

    @Test
    void aRecalledBatchIsNotDispatched() {
        fixture().given(recalled())
                .when(dispatch(kg(1), MARKET, OTHER_MARKET))
                .expectException(violation(RuleCode.BATCH_RECALLED))
                .expectNoEvents();
    }

    @Test
    void aRecalledBatchIsNotSplit() {
        fixture().given(recalled())
                .when(split(MARKET, kg(1)))
                .expectException(violation(RuleCode.BATCH_RECALLED))
                .expectNoEvents();
    }

    @Test
    void aRecalledBatchIsNotProcessed() {
        fixture().given(recalled())
                .when(transform(kg(1), MARKET, output(Category.VEGETABLE, "Pickles", kg(1))))
                .expectException(violation(RuleCode.BATCH_RECALLED))
                .expectNoEvents();
    }

    @Test
    void aRecalledBatchIsClearedByDisposingOfWhatIsLeft() {
        fixture().given(recalled())
                .when(dispose(kg(700), MARKET))
                .expectResultMessagePayload(kg(0))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.DISPOSED));
    }

    @Test
    void aPartlyDisposedRecalledBatchStaysRecalled() {
        fixture().given(recalled())
                .when(dispose(kg(100), MARKET))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.RECALLED));
    }

    private static List<DomainEventMessage<?>> recalled() {
        return admittedAt(vegetablesRegistered(), MARKET, SOLD_300, RECALLED);
    }
}
