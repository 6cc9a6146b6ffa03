package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.util.List;

import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * Mass balance: what is sold, dispatched, split off, processed and disposed of never exceeds what the
 * batch received, counted in the batch's own unit.
 */
class MassBalanceTest {

    private static final BatchSold SOLD_600 = new BatchSold(BATCH, "sale-0", kg(600), null, MARKET.operatorId(), LATER);

    @Test
    void aSaleWithinWhatIsAvailableIsRecordedAndAnswersWhatIsLeft() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(sell(kg(250), MARKET))
                .expectEvents(new BatchSold(BATCH, "sale-1", kg(250), "stall 12", MARKET.operatorId(), LATER))
                .expectResultMessagePayload(SaleOutcome.soldLeaving(kg(750)));
    }

    @Test
    void sellingMoreThanIsAvailableIsRefused() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(sell(kg(401), MARKET))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void sellingFromABatchWithNothingLeftIsRefused() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET,
                        new BatchSold(BATCH, "sale-0", kg(1000), null, MARKET.operatorId(), LATER)))
                .when(sell(kg(1), MARKET))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void theLastSaleLeavesTheBatchDepleted() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(sell(kg(400), MARKET))
                .expectResultMessagePayload(SaleOutcome.soldLeaving(kg(0)))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.DEPLETED));
    }

    @Test
    void theLastDisposalLeavesTheBatchDisposed() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(dispose(kg(400), MARKET))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.DISPOSED));
    }

    @Test
    void dispatchingMoreThanIsAvailableIsRefused() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(dispatch(kg(401), MARKET, OTHER_MARKET))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void dispatchingTheRestLeavesTheBatchDepleted() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(dispatch(kg(400), MARKET, OTHER_MARKET))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.DEPLETED));
    }

    @Test
    void partsSplitOffTogetherNeverExceedWhatIsAvailable() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(split(MARKET, kg(200), kg(201)))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void disposingOfMoreThanIsAvailableIsRefused() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(dispose(kg(401), MARKET))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void processingMoreThanIsAvailableIsRefused() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET, SOLD_600))
                .when(transform(kg(401), MARKET, output(Category.VEGETABLE, "Pickled choy sum", kg(300))))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void everyWayOutCountsAgainstTheSameBalance() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET,
                        new BatchSold(BATCH, "sale-0", kg(100), null, MARKET.operatorId(), LATER),
                        new BatchDispatched(BATCH, id(201), traceCode(201), OTHER_MARKET.operatorId(), kg(200),
                                MARKET.operatorId(), LATER),
                        new BatchSplit(BATCH, List.of(new DerivedPart(id(202), traceCode(202), "Choy sum", kg(300))),
                                MARKET.operatorId(), LATER),
                        new BatchTransformed(BATCH, "transformation-0", kg(399), List.of(id(203)),
                                MARKET.operatorId(), LATER)))
                .when(sell(kg(2), MARKET))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void aQuantityInAnotherUnitThanTheBatchsIsAUnitMismatch() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(sell(litres(1), MARKET))
                .expectException(violation(RuleCode.UNIT_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void aZeroQuantityIsInvalid() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(dispose(kg(0), MARKET))
                .expectException(violation(RuleCode.INVALID_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void aMissingQuantityIsInvalid() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(sell(null, MARKET))
                .expectException(violation(RuleCode.INVALID_QUANTITY))
                .expectNoEvents();
    }
}
