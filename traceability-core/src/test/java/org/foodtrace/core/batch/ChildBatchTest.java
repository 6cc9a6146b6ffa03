package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.util.List;

import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * Each dispatch and split part is a new batch with its own trace code, linked to its parent and carrying
 * the parent's certificate of record, created together with the parent's event.
 */
class ChildBatchTest {

    private static final Certificate COMMITMENT = certificate(CertificateType.COMPLIANCE_COMMITMENT);

    @Test
    void aDispatchedQuantityBecomesAChildBatchInTransitToTheDestination() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(dispatch(kg(100), MARKET, OTHER_MARKET))
                .expectEvents(
                        new BatchDispatched(BATCH, CHILD, traceCode(2), OTHER_MARKET.operatorId(), kg(100),
                                MARKET.operatorId(), LATER),
                        new BatchDerived(CHILD, traceCode(2), Category.VEGETABLE, "Choy sum", null, kg(100),
                                Derivation.DISPATCH, List.of(new ParentLink(BATCH, kg(100))), MARKET.operatorId(),
                                OTHER_MARKET.operatorId(), BatchStatus.IN_TRANSIT, COMMITMENT, REGION,
                                FARM.operatorId(), null, null, null, LATER));
    }

    @Test
    void onlyAnAdmittedBatchIsDispatched() {
        fixture().given(history(vegetablesRegistered()))
                .when(dispatch(kg(100), FARM, MARKET))
                .expectException(violation(RuleCode.NOT_ADMITTED))
                .expectNoEvents();
    }

    @Test
    void livePigsAreNotDispatchedToASlaughterhouseThatIsNotDesignated() {
        fixture().given(admittedAt(pigsRegistered(), MARKET))
                .when(new DispatchBatch(BATCH, CHILD, traceCode(2), UNDESIGNATED_SLAUGHTERHOUSE, head(5), actor(MARKET),
                        LATER))
                .expectException(violation(RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @Test
    void aChildNeedsAValidTraceCode() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(new DispatchBatch(BATCH, CHILD, "not-a-code", OTHER_MARKET, kg(1), actor(MARKET), LATER))
                .expectException(violation(RuleCode.INVALID_TRACE_CODE))
                .expectNoEvents();
    }

    @Test
    void aChildCannotReuseItsParentsId() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(new DispatchBatch(BATCH, BATCH, traceCode(2), OTHER_MARKET, kg(1), actor(MARKET), LATER))
                .expectException(violation(RuleCode.INVALID_COMPOSITION))
                .expectNoEvents();
    }

    @Test
    void splitPartsAreNewBatchesOfTheSameProductHeldByTheSameOperatorInTheParentsStatus() {
        DerivedPart first = new DerivedPart(CHILD, traceCode(2), "Choy sum", kg(5));
        DerivedPart second = new DerivedPart(CHILD_2, traceCode(3), "Choy sum", kg(7));
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(split(MARKET, kg(5), kg(7)))
                .expectEvents(
                        new BatchSplit(BATCH, List.of(first, second), MARKET.operatorId(), LATER),
                        splitPart(first),
                        splitPart(second));
    }

    @Test
    void splittingEverythingLeftGivesPartsInTheParentsStatusBeforeTheSplit() {
        DerivedPart first = new DerivedPart(CHILD, traceCode(2), "Choy sum", kg(600));
        DerivedPart second = new DerivedPart(CHILD_2, traceCode(3), "Choy sum", kg(400));
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(split(MARKET, kg(600), kg(400)))
                .expectEvents(
                        new BatchSplit(BATCH, List.of(first, second), MARKET.operatorId(), LATER),
                        splitPart(first),
                        splitPart(second))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.DEPLETED));
    }

    @Test
    void aProducerMaySplitARegisteredBatchBeforeItLeaves() {
        fixture().given(history(vegetablesRegistered()))
                .when(split(FARM, kg(500)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void splitPartsAreCountedInTheBatchsUnit() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(split(MARKET, kg(5), units(7)))
                .expectException(violation(RuleCode.UNIT_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void aSplitNeedsAtLeastOnePart() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(split(MARKET))
                .expectException(violation(RuleCode.INVALID_COMPOSITION))
                .expectNoEvents();
    }

    private static BatchDerived splitPart(DerivedPart part) {
        return new BatchDerived(part.batchId(), part.traceCode(), Category.VEGETABLE, "Choy sum", null, part.quantity(),
                Derivation.SPLIT, List.of(new ParentLink(BATCH, part.quantity())), MARKET.operatorId(), null,
                BatchStatus.ADMITTED, COMMITMENT, REGION, FARM.operatorId(), null, null, null, LATER);
    }
}
