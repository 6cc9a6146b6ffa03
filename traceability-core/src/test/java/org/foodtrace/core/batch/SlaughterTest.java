package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.time.LocalDate;
import java.util.List;

import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 定点屠宰: pigs, cattle and sheep are slaughtered only by the designated slaughterhouse holding them,
 * after a β-agonist (瘦肉精) test negative for clenbuterol, ractopamine and salbutamol; poultry only at a
 * designated slaughter point. The outputs are new meat batches held by the slaughterhouse.
 */
class SlaughterTest {

    private static final String MEAT_CERTIFICATE = "MQ-2026-0001";
    private static final DerivedPart CARCASSES = new DerivedPart(CHILD, traceCode(2), "Pork carcass halves", kg(1500));

    @Test
    void aDesignatedSlaughterhouseSlaughtersNegativeTestedPigsIntoAdmittedMeatBatches() {
        Certificate meatCertificate = Certificate.meatQuarantine(MEAT_CERTIFICATE, SLAUGHTERHOUSE.operatorId(),
                LocalDate.parse("2026-11-23"));
        fixture().given(admittedAt(pigsRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE, CARCASSES))
                .expectEvents(
                        new BatchSlaughtered(BATCH, BetaAgonistTest.allNegative(), MEAT_CERTIFICATE, List.of(CARCASSES),
                                SLAUGHTERHOUSE.operatorId(), LATER),
                        new BatchDerived(CHILD, traceCode(2), Category.LIVESTOCK, "Pork carcass halves", Species.PIG,
                                kg(1500), Derivation.SLAUGHTER, List.of(new ParentLink(BATCH, head(20))),
                                SLAUGHTERHOUSE.operatorId(), null, BatchStatus.ADMITTED, meatCertificate, REGION,
                                FARM.operatorId(), null, "P-2026-1120", null, LATER))
                .expectResultMessagePayload(SlaughterOutcome.completed(List.of(CARCASSES)))
                .expectState(animals -> {
                    assertThat(animals.status()).isEqualTo(BatchStatus.DEPLETED);
                    assertThat(animals.available()).isEqualTo(head(0));
                });
    }

    @ParameterizedTest(name = "{0} positive")
    @ValueSource(strings = {"clenbuterol", "ractopamine", "salbutamol"})
    void anyPositiveBetaAgonistIsRecordedAndPutsTheAnimalsOnHold(String analyte) {
        BetaAgonistTest positive = new BetaAgonistTest(
                analyte.equals("clenbuterol") ? TestResult.POSITIVE : TestResult.NEGATIVE,
                analyte.equals("ractopamine") ? TestResult.POSITIVE : TestResult.NEGATIVE,
                analyte.equals("salbutamol") ? TestResult.POSITIVE : TestResult.NEGATIVE);
        fixture().given(admittedAt(pigsRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(positive, SLAUGHTERHOUSE, CARCASSES))
                .expectEvents(new BetaAgonistTestFailed(BATCH, positive, SLAUGHTERHOUSE.operatorId(), LATER))
                .expectResultMessagePayload(SlaughterOutcome.refusedWith(RuleCode.BETA_AGONIST_POSITIVE))
                .expectState(animals -> assertThat(animals.status()).isEqualTo(BatchStatus.ON_HOLD));
    }

    @Test
    void pigsAreNotSlaughteredWithoutABetaAgonistTest() {
        fixture().given(admittedAt(pigsRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(null, SLAUGHTERHOUSE, CARCASSES))
                .expectException(violation(RuleCode.BETA_AGONIST_TEST_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void pigsAreNotSlaughteredByASlaughterhouseThatIsNotDesignated() {
        fixture().given(admittedAt(pigsRegistered(), UNDESIGNATED_SLAUGHTERHOUSE))
                .when(slaughter(BetaAgonistTest.allNegative(), UNDESIGNATED_SLAUGHTERHOUSE, CARCASSES))
                .expectException(violation(RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @Test
    void poultryIsSlaughteredAtADesignatedSlaughterPointWithoutABetaAgonistTest() {
        DerivedPart chicken = new DerivedPart(CHILD, traceCode(2), "Dressed chickens", kg(300));
        fixture().given(admittedAt(poultryRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(null, SLAUGHTERHOUSE, chicken))
                .expectResultMessagePayload(SlaughterOutcome.completed(List.of(chicken)));
    }

    @Test
    void poultryIsNotSlaughteredAtAPointThatIsNotDesignated() {
        fixture().given(admittedAt(poultryRegistered(), UNDESIGNATED_SLAUGHTERHOUSE))
                .when(slaughter(null, UNDESIGNATED_SLAUGHTERHOUSE,
                        new DerivedPart(CHILD, traceCode(2), "Dressed chickens", kg(300))))
                .expectException(violation(RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @Test
    void aMarketHoldingLiveAnimalsDoesNotSlaughterThem() {
        fixture().given(admittedAt(pigsRegistered(), MARKET))
                .when(slaughter(BetaAgonistTest.allNegative(), MARKET, CARCASSES))
                .expectException(violation(RuleCode.NOT_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @Test
    void onlyAnimalsAdmittedAtTheSlaughterhouseAreSlaughtered() {
        fixture().given(history(registeredBy(SLAUGHTERHOUSE, pigsRegistered())))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE, CARCASSES))
                .expectException(violation(RuleCode.NOT_ADMITTED))
                .expectNoEvents();
    }

    @Test
    void onlyTheHolderSlaughters() {
        fixture().given(inTransit(pigsRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE, CARCASSES))
                .expectException(violation(RuleCode.NOT_HOLDER))
                .expectNoEvents();
    }

    @Test
    void onlyLivestockIsSlaughtered() {
        fixture().given(admittedAt(vegetablesRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE, CARCASSES))
                .expectException(violation(RuleCode.NOT_LIVESTOCK))
                .expectNoEvents();
    }

    @Test
    void meatIsNotSlaughteredAgain() {
        BatchDerived carcasses = new BatchDerived(BATCH, traceCode(1), Category.LIVESTOCK, "Pork carcass halves",
                Species.PIG, kg(1500), Derivation.SLAUGHTER, List.of(new ParentLink(OTHER_BATCH, head(20))),
                SLAUGHTERHOUSE.operatorId(), null, BatchStatus.ADMITTED,
                Certificate.meatQuarantine(MEAT_CERTIFICATE, SLAUGHTERHOUSE.operatorId(), LocalDate.parse("2026-11-22")),
                REGION, FARM.operatorId(), null, null, null, ENTRY_TIME);
        fixture().given(history(carcasses))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE,
                        new DerivedPart(CHILD, traceCode(2), "Pork cuts", kg(1400))))
                .expectException(violation(RuleCode.NOT_LIVE_ANIMALS))
                .expectNoEvents();
    }

    @Test
    void slaughterOutputsAreWeighedInKg() {
        fixture().given(admittedAt(pigsRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE,
                        new DerivedPart(CHILD, traceCode(2), "Pork carcass halves", head(40))))
                .expectException(violation(RuleCode.INVALID_UNIT))
                .expectNoEvents();
    }

    @Test
    void slaughterMakesAtLeastOneOutput() {
        fixture().given(admittedAt(pigsRegistered(), SLAUGHTERHOUSE))
                .when(slaughter(BetaAgonistTest.allNegative(), SLAUGHTERHOUSE))
                .expectException(violation(RuleCode.INVALID_COMPOSITION))
                .expectNoEvents();
    }

    @Test
    void aSuspendedSlaughterhouseIsRefusedBeforeTheTestIsRecorded() {
        BetaAgonistTest positive = new BetaAgonistTest(TestResult.POSITIVE, TestResult.NEGATIVE, TestResult.NEGATIVE);
        fixture().given(admittedAt(pigsRegistered(), SLAUGHTERHOUSE))
                .when(new SlaughterBatch(BATCH, positive, MEAT_CERTIFICATE, List.of(CARCASSES), suspended(SLAUGHTERHOUSE),
                        LATER))
                .expectException(violation(RuleCode.OPERATOR_SUSPENDED))
                .expectNoEvents();
    }

    private static SlaughterBatch slaughter(BetaAgonistTest test, OperatorProfile slaughterhouse, DerivedPart... outputs) {
        return new SlaughterBatch(BATCH, test, MEAT_CERTIFICATE, List.of(outputs), actor(slaughterhouse), LATER);
    }
}
