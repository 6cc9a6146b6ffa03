package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.math.BigDecimal;
import java.util.List;

import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/**
 * 市场准入/入场查验: only the destination admits a batch in transit, and only when the certificate number
 * it is shown is the batch's certificate of record and that certificate has not expired.
 */
class MarketEntryTest {

    @Test
    void theDestinationAdmitsTheBatchOnTheCertificateOfRecordAndBecomesItsHolder() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(MARKET), ENTRY_TIME))
                .expectEvents(new BatchAdmitted(BATCH, MARKET.operatorId(), CERTIFICATE_NUMBER, ENTRY_TIME))
                .expectResultMessagePayload(EntryDecision.admittedAs(BatchStatus.ADMITTED))
                .expectState(batch -> {
                    assertThat(batch.status()).isEqualTo(BatchStatus.ADMITTED);
                    assertThat(batch.holder()).isEqualTo(MARKET.operatorId());
                });
    }

    @Test
    void anOperatorThatIsNotTheDestinationIsRecordedAndTheBatchIsUnchanged() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(OTHER_MARKET), ENTRY_TIME))
                .expectEvents(new MisdirectedEntryAttempted(BATCH, OTHER_MARKET.operatorId(), MARKET.operatorId(),
                        ENTRY_TIME))
                .expectResultMessagePayload(EntryDecision.refusedWith(RuleCode.NOT_DESTINATION, BatchStatus.IN_TRANSIT))
                .expectState(batch -> {
                    assertThat(batch.status()).isEqualTo(BatchStatus.IN_TRANSIT);
                    assertThat(batch.holder()).isEqualTo(FARM.operatorId());
                });
    }

    @Test
    void aCertificateNumberOtherThanTheOneOfRecordRejectsTheBatch() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, "4417020099999", null, actor(MARKET), ENTRY_TIME))
                .expectEvents(new BatchRejected(BATCH, MARKET.operatorId(), RuleCode.CERTIFICATE_MISMATCH,
                        "4417020099999", ENTRY_TIME))
                .expectResultMessagePayload(EntryDecision.refusedWith(RuleCode.CERTIFICATE_MISMATCH, BatchStatus.REJECTED))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.REJECTED));
    }

    @Test
    void aCertificateOfRecordExpiredOnTheEntryDateRejectsTheBatch() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(MARKET), LATER.plusSeconds(2 * 86_400)))
                .expectEvents(new BatchRejected(BATCH, MARKET.operatorId(), RuleCode.CERTIFICATE_EXPIRED,
                        CERTIFICATE_NUMBER, LATER.plusSeconds(2 * 86_400)))
                .expectResultMessagePayload(EntryDecision.refusedWith(RuleCode.CERTIFICATE_EXPIRED, BatchStatus.REJECTED));
    }

    @Test
    void onlyABatchInTransitCanBeAdmitted() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(MARKET), LATER))
                .expectException(violation(RuleCode.NOT_IN_TRANSIT))
                .expectNoEvents();
    }

    @Test
    void aRegisteredBatchThatHasNotLeftItsOriginIsNotInTransit() {
        fixture().given(history(vegetablesRegistered()))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(MARKET), ENTRY_TIME))
                .expectException(violation(RuleCode.NOT_IN_TRANSIT))
                .expectNoEvents();
    }

    @Test
    void aRecalledBatchIsNotAdmitted() {
        BatchRecalled recall = new BatchRecalled(BATCH, "recall-1", "pesticide residue", RecallLevel.I,
                FARM.operatorId(), kg(1000), kg(0), EXIT_TIME, List.of());
        fixture().given(history(vegetablesRegistered(), exited(vegetablesRegistered(), MARKET), recall))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(MARKET), ENTRY_TIME))
                .expectException(violation(RuleCode.BATCH_RECALLED))
                .expectNoEvents();
    }

    @Test
    void aBatchThatFailedATestOnTheWayIsNotAdmitted() {
        fixture().given(history(vegetablesRegistered(), exited(vegetablesRegistered(), MARKET),
                        Commands.inspected(Verdict.FAIL, Actor.theRegulator())))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(MARKET), LATER))
                .expectException(violation(RuleCode.BATCH_ON_HOLD))
                .expectNoEvents();
    }

    @Test
    void aSuspendedDestinationIsRefusedBeforeAnythingIsRecorded() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, "wrong", null, suspended(MARKET), ENTRY_TIME))
                .expectException(violation(RuleCode.OPERATOR_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void theRegulatorDoesNotAdmitBatches() {
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, Actor.theRegulator(), ENTRY_TIME))
                .expectException(violation(RuleCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void anInspectionAtTheGateIsRecordedWithTheAdmission() {
        Inspection pass = new Inspection("I-1", "organophosphate", "enzyme-inhibition", new BigDecimal("12.0"), "%",
                new BigDecimal("50.0"), Verdict.PASS, "S-1");
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, pass, actor(MARKET), ENTRY_TIME))
                .expectEvents(new BatchAdmitted(BATCH, MARKET.operatorId(), CERTIFICATE_NUMBER, ENTRY_TIME),
                        new BatchInspected(BATCH, "I-1", "organophosphate", "enzyme-inhibition", new BigDecimal("12.0"),
                                "%", new BigDecimal("50.0"), Verdict.PASS, "S-1", MARKET.operatorId(), ENTRY_TIME))
                .expectResultMessagePayload(EntryDecision.admittedAs(BatchStatus.ADMITTED));
    }

    @Test
    void aFailedInspectionAtTheGateAdmitsTheBatchOnHold() {
        Inspection fail = new Inspection("I-1", "organophosphate", "enzyme-inhibition", new BigDecimal("62.0"), "%",
                new BigDecimal("50.0"), Verdict.FAIL, "S-1");
        fixture().given(inTransit(vegetablesRegistered(), MARKET))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, fail, actor(MARKET), ENTRY_TIME))
                .expectResultMessagePayload(EntryDecision.admittedAs(BatchStatus.ON_HOLD))
                .expectState(batch -> {
                    assertThat(batch.status()).isEqualTo(BatchStatus.ON_HOLD);
                    assertThat(batch.holder()).isEqualTo(MARKET.operatorId());
                });
    }

    @Test
    void aDispatchedBatchIsAdmittedOnItsParentsCertificate() {
        BatchDerived dispatched = new BatchDerived(BATCH, traceCode(2), Category.VEGETABLE, "Choy sum", null, kg(100),
                Derivation.DISPATCH, List.of(new ParentLink(OTHER_BATCH, kg(100))), MARKET.operatorId(),
                SUPERMARKET.operatorId(), BatchStatus.IN_TRANSIT, certificate(CertificateType.COMPLIANCE_COMMITMENT),
                REGION, FARM.operatorId(), null, null, null, ENTRY_TIME);
        fixture().given(history(dispatched))
                .when(new EnterMarket(BATCH, CERTIFICATE_NUMBER, null, actor(SUPERMARKET), LATER))
                .expectEvents(new BatchAdmitted(BATCH, SUPERMARKET.operatorId(), CERTIFICATE_NUMBER, LATER));
    }
}
