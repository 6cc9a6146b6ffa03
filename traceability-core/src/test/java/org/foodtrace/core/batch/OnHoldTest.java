package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * 快检/抽检: a rapid test or sampling by the holder or the regulator is recorded; a failed one puts the
 * batch on hold, and nothing of it moves until what is held has been disposed of (无害化处理).
 */
class OnHoldTest {

    private static final Actor REGULATOR = Actor.theRegulator();

    @Test
    void aPassedInspectionIsRecordedAndTheBatchStaysAdmitted() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(inspect(Verdict.PASS, actor(MARKET)))
                .expectEvents(inspected(Verdict.PASS, actor(MARKET)))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.ADMITTED));
    }

    @Test
    void aFailedInspectionPutsTheBatchOnHold() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(inspect(Verdict.FAIL, actor(MARKET)))
                .expectEvents(inspected(Verdict.FAIL, actor(MARKET)))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.ON_HOLD));
    }

    @Test
    void theRegulatorMayInspectABatchItDoesNotHold() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(inspect(Verdict.FAIL, REGULATOR))
                .expectEvents(inspected(Verdict.FAIL, REGULATOR))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.ON_HOLD));
    }

    @Test
    void anotherOperatorMayNotInspectABatchItDoesNotHold() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(inspect(Verdict.FAIL, actor(OTHER_MARKET)))
                .expectException(violation(RuleCode.NOT_HOLDER))
                .expectNoEvents();
    }

    @Test
    void aBatchWithNothingLeftIsNoLongerInspected() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET,
                        new BatchDisposed(BATCH, kg(1000), "incineration", null, MARKET.operatorId(), LATER)))
                .when(inspect(Verdict.PASS, REGULATOR))
                .expectException(violation(RuleCode.BATCH_NOT_ACTIVE))
                .expectNoEvents();
    }

    @Test
    void aBatchOnHoldIsNotSold() {
        fixture().given(onHold())
                .when(sell(kg(1), MARKET))
                .expectException(violation(RuleCode.BATCH_ON_HOLD))
                .expectNoEvents();
    }

    @Test
    void aBatchOnHoldIsNotDispatched() {
        fixture().given(onHold())
                .when(dispatch(kg(1), MARKET, OTHER_MARKET))
                .expectException(violation(RuleCode.BATCH_ON_HOLD))
                .expectNoEvents();
    }

    @Test
    void aBatchOnHoldIsNotSplit() {
        fixture().given(onHold())
                .when(split(MARKET, kg(1)))
                .expectException(violation(RuleCode.BATCH_ON_HOLD))
                .expectNoEvents();
    }

    @Test
    void aBatchOnHoldIsNotProcessed() {
        fixture().given(onHold())
                .when(transform(kg(1), MARKET, output(Category.VEGETABLE, "Pickles", kg(1))))
                .expectException(violation(RuleCode.BATCH_ON_HOLD))
                .expectNoEvents();
    }

    @Test
    void disposingOfPartOfTheHeldQuantityKeepsTheRestOnHold() {
        fixture().given(onHold())
                .when(dispose(kg(400), MARKET))
                .expectEvents(new BatchDisposed(BATCH, kg(400), "incineration", "district inspector", MARKET.operatorId(),
                        LATER))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.ON_HOLD));
    }

    @Test
    void disposingOfAllOfTheHeldQuantityLeavesTheBatchDisposed() {
        fixture().given(onHold())
                .when(dispose(kg(1000), MARKET))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(kg(0))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.DISPOSED));
    }

    private static List<DomainEventMessage<?>> onHold() {
        return admittedAt(vegetablesRegistered(), MARKET, inspected(Verdict.FAIL, actor(MARKET)));
    }
}
