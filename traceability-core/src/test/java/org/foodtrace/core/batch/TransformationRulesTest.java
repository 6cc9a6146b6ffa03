package org.foodtrace.core.batch;

import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.time.LocalDate;
import java.util.List;

import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * Refusals of processing (paddy to rice, oilseed to oil). A transformation that passes creates batches
 * of its own, which a single-aggregate fixture cannot hold: those cases are specified against the
 * configured domain in {@code DomainModuleTest}.
 */
class TransformationRulesTest {

    @Test
    void outputsWeighingMoreThanTheInputsAreRefused() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(kg(1000), PROCESSOR, output(Category.GRAIN_OIL, "Polished rice", kg(1001))))
                .expectException(violation(RuleCode.OUTPUT_EXCEEDS_INPUT))
                .expectNoEvents();
    }

    @Test
    void outputsMeasuringMoreLitresThanTheInputsAreRefused() {
        fixture().given(admittedAt(registered(Category.GRAIN_OIL, "Crude peanut oil", null, litres(100), null, null,
                        null), PROCESSOR))
                .when(transform(litres(100), PROCESSOR, output(Category.GRAIN_OIL, "Refined peanut oil", litres(101))))
                .expectException(violation(RuleCode.OUTPUT_EXCEEDS_INPUT))
                .expectNoEvents();
    }

    @Test
    void anInputTakesNoMoreThanItsBatchHasAvailable() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(kg(1001), PROCESSOR, output(Category.GRAIN_OIL, "Polished rice", kg(700))))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void anInputIsTakenInItsBatchsUnit() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(litres(10), PROCESSOR, output(Category.GRAIN_OIL, "Rice wine base", litres(5))))
                .expectException(violation(RuleCode.UNIT_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void onlyTheHolderOfAnInputProcessesIt() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(kg(10), MARKET, output(Category.GRAIN_OIL, "Polished rice", kg(7))))
                .expectException(violation(RuleCode.NOT_HOLDER))
                .expectNoEvents();
    }

    @Test
    void aSuspendedProcessorIsRefused() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(new TransformBatches("transformation-1", List.of(new ParentLink(BATCH, kg(10))),
                        List.of(output(Category.GRAIN_OIL, "Polished rice", kg(7))), suspended(PROCESSOR), LATER))
                .expectException(violation(RuleCode.OPERATOR_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void theRegulatorDoesNotProcess() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(new TransformBatches("transformation-1", List.of(new ParentLink(BATCH, kg(10))),
                        List.of(output(Category.GRAIN_OIL, "Polished rice", kg(7))), Actor.theRegulator(), LATER))
                .expectException(violation(RuleCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aFormulaOutputNeedsAGtin() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(kg(10), PROCESSOR, new TransformationOutput(CHILD, traceCode(2), Category.INFANT_FORMULA,
                        "Rice cereal for infants", null, units(10), null, "L-1", LocalDate.parse("2027-11-23"))))
                .expectException(violation(RuleCode.GTIN_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aProcessedLivestockProductIsWeighedInKg() {
        fixture().given(admittedAt(pigsRegistered(), PROCESSOR))
                .when(transform(head(1), PROCESSOR, new TransformationOutput(CHILD, traceCode(2), Category.LIVESTOCK,
                        "Cured pork", Species.PIG, head(1), null, null, null)))
                .expectException(violation(RuleCode.INVALID_UNIT))
                .expectNoEvents();
    }

    @Test
    void aTransformationMakesAtLeastOneOutput() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(kg(10), PROCESSOR))
                .expectException(violation(RuleCode.INVALID_COMPOSITION))
                .expectNoEvents();
    }

    @Test
    void anInputIsListedOnce() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(new TransformBatches("transformation-1",
                        List.of(new ParentLink(BATCH, kg(10)), new ParentLink(BATCH, kg(10))),
                        List.of(output(Category.GRAIN_OIL, "Polished rice", kg(7))), actor(PROCESSOR), LATER))
                .expectException(violation(RuleCode.INVALID_COMPOSITION))
                .expectNoEvents();
    }

    @Test
    void aZeroInputIsInvalid() {
        fixture().given(admittedAt(paddyRegistered(), PROCESSOR))
                .when(transform(kg(0), PROCESSOR, output(Category.GRAIN_OIL, "Polished rice", kg(7))))
                .expectException(violation(RuleCode.INVALID_QUANTITY))
                .expectNoEvents();
    }
}
