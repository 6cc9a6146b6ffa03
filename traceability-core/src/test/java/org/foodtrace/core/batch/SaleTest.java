package org.foodtrace.core.batch;

import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Commands.sell;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.time.Instant;
import java.time.LocalDate;

import org.foodtrace.core.batch.api.BatchRegistered;
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
    void aProductIsNotSoldAfterItsExpiryDate() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-22")), SUPERMARKET))
                .when(sell(units(1), SUPERMARKET))
                .expectException(violation(RuleCode.EXPIRED_PRODUCT))
                .expectNoEvents();
    }

    @Test
    void expiryIsJudgedOnTheShanghaiCalendar() {
        fixture().given(admittedAt(expiring(LocalDate.parse("2026-11-23")), SUPERMARKET))
                .when(new SellBatch(BATCH, "sale-1", units(1), null, actor(SUPERMARKET),
                        Instant.parse("2026-11-23T16:00:00Z")))
                .expectException(violation(RuleCode.EXPIRED_PRODUCT))
                .expectNoEvents();
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
