package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.sell;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.time.Instant;
import java.time.LocalDate;

import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ExpiredSaleAttempted;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/** 销售: only an admitted batch is sold, and never past its expiry date. */
class SaleTest {

    @Test
    void aBatchStillAtItsProducerIsNotSoldBeforeItHasBeenAdmittedSomewhere() {
        fixture().given(history(vegetablesRegistered()))
                .when(sell(kg(1), FARM))
                .expectException(violation(RuleCode.NOT_ADMITTED))
                .expectNoEvents();
    }

    @Test
    void aProductIsSoldOnItsExpiryDate() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-23")), SUPERMARKET))
                .when(sell(units(1), SUPERMARKET))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aProductIsNotSoldAfterItsExpiryDateAndTheAttemptIsRecorded() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-22")), SUPERMARKET))
                .when(sell(units(1), SUPERMARKET))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ExpiredSaleAttempted(BATCH, units(1), LocalDate.parse("2026-11-22"),
                        SUPERMARKET.operatorId(), LATER))
                .expectResultMessagePayload(SaleOutcome.refusedWith(RuleCode.EXPIRED_PRODUCT, units(500),
                        "the product expired on 2026-11-22"));
    }

    @Test
    void anExpiredSaleAttemptLeavesTheBatchAsItWas() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-22")), SUPERMARKET))
                .when(sell(units(1), SUPERMARKET))
                .expectState(batch -> {
                    assertThat(batch.available()).isEqualTo(units(500));
                    assertThat(batch.status()).isEqualTo(BatchStatus.ADMITTED);
                });
    }

    @Test
    void anExpiredProductIsNotRecordedAsAnAttemptWhenAnEarlierRuleRefusesTheSale() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-22")), SUPERMARKET))
                .when(sell(units(501), SUPERMARKET))
                .expectException(violation(RuleCode.INSUFFICIENT_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void expiryIsJudgedOnTheShanghaiCalendar() {
        Instant shanghaiMidnight = Instant.parse("2026-11-23T16:00:00Z");
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-23")), SUPERMARKET))
                .when(new SellBatch(BATCH, "sale-1", units(1), null, actor(SUPERMARKET), shanghaiMidnight))
                .expectEvents(new ExpiredSaleAttempted(BATCH, units(1), LocalDate.parse("2026-11-23"),
                        SUPERMARKET.operatorId(), shanghaiMidnight));
    }

    @Test
    void aSaleAnswersWhatIsLeft() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-23")), SUPERMARKET))
                .when(sell(units(1), SUPERMARKET))
                .expectResultMessagePayload(SaleOutcome.soldLeaving(units(499)));
    }

    @Test
    void aSaleNeedsAnId() {
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(new SellBatch(BATCH, " ", kg(1), null, actor(MARKET), LATER))
                .expectException(violation(RuleCode.INVALID_TEXT))
                .expectNoEvents();
    }

    private static BatchRegistered expiring(LocalDate expiresOn) {
        return registered(Category.INFANT_FORMULA, "Stage 1 infant formula 800 g", null, units(500), "06901234567892",
                "L2026-11", expiresOn);
    }
}
