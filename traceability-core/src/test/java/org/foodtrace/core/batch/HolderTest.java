package org.foodtrace.core.batch;

import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * Only the current holder acts on a batch, and a suspended operator (black list) is refused before any
 * other rule is looked at. What a batch knows of the actor comes from the {@link Actor} in the command.
 */
class HolderTest {

    @Test
    void anOperatorThatDoesNotHoldTheBatchCannotSellFromIt() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(sell(kg(1), OTHER_MARKET))
                .expectException(violation(RuleCode.NOT_HOLDER))
                .expectNoEvents();
    }

    @Test
    void theSenderNoLongerHoldsABatchItsDestinationAdmitted() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(dispose(kg(1), FARM))
                .expectException(violation(RuleCode.NOT_HOLDER))
                .expectNoEvents();
    }

    @Test
    void aSuspendedHolderIsRefusedBeforeAnyOtherRule() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(new SellBatch(BATCH, "sale-1", kg(5000), null, suspended(MARKET), LATER))
                .expectException(violation(RuleCode.OPERATOR_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void theHolderActs() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(sell(kg(1), MARKET))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theRegulatorDoesNotSell() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(new SellBatch(BATCH, "sale-1", kg(1), null, Actor.theRegulator(), LATER))
                .expectException(violation(RuleCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aBatchInTransitIsNotDisposedOfBeforeItsDestinationDecides() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(dispose(kg(1), FARM))
                .expectException(violation(RuleCode.NOT_ADMITTED))
                .expectNoEvents();
    }

    @Test
    void aRejectedBatchStaysWithItsSenderWhoMayDisposeOfIt() {
        fixture().given(history(vegetablesRegistered(), exited(vegetablesRegistered(), MARKET),
                        new BatchRejected(BATCH, MARKET.operatorId(),
                                RuleCode.CERTIFICATE_MISMATCH, "forged", ENTRY_TIME)))
                .when(dispose(kg(1000), FARM))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRejectedBatchIsNotSentElsewhere() {
        fixture().given(history(vegetablesRegistered(), exited(vegetablesRegistered(), MARKET),
                        new BatchRejected(BATCH, MARKET.operatorId(),
                                RuleCode.CERTIFICATE_MISMATCH, "forged", ENTRY_TIME)))
                .when(split(FARM, kg(10)))
                .expectException(violation(RuleCode.BATCH_NOT_ACTIVE))
                .expectNoEvents();
    }
}
