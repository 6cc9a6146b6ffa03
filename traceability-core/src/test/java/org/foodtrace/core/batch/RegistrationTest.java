package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Histories.fixture;
import static org.foodtrace.core.batch.Histories.pigsRegistered;
import static org.foodtrace.core.batch.TestData.*;

import java.time.LocalDate;

import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/** A batch is registered at its producer, which becomes its holder, under its category's rules. */
class RegistrationTest {

    private static final LocalDate EXPIRES_ON = LocalDate.parse("2027-11-19");

    @Test
    void theProducerRegistersABatchAndHoldsIt() {
        fixture().givenNoPriorActivity()
                .when(livestock(Species.PIG, head(20)))
                .expectEvents(pigsRegistered())
                .expectResultMessagePayload(BATCH)
                .expectState(batch -> {
                    assertThat(batch).isInstanceOf(LivestockBatch.class);
                    assertThat(batch.status()).isEqualTo(BatchStatus.REGISTERED);
                    assertThat(batch.holder()).isEqualTo(FARM.operatorId());
                });
    }

    @Test
    void livestockNeedsASpecies() {
        fixture().givenNoPriorActivity()
                .when(livestock(null, head(20)))
                .expectException(violation(RuleCode.SPECIES_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void speciesAppliesToLivestockOnly() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, Species.PIG, kg(10), null, null, null, actor(FARM)))
                .expectException(violation(RuleCode.SPECIES_NOT_APPLICABLE))
                .expectNoEvents();
    }

    @Test
    void liveAnimalsAreCountedInHead() {
        fixture().givenNoPriorActivity()
                .when(livestock(Species.PIG, kg(2000)))
                .expectException(violation(RuleCode.INVALID_UNIT))
                .expectNoEvents();
    }

    @Test
    void vegetablesAreWeighedInKg() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, null, units(10), null, null, null, actor(FARM)))
                .expectException(violation(RuleCode.INVALID_UNIT))
                .expectNoEvents();
    }

    @Test
    void grainAndOilMayBeMeasuredInLitres() {
        fixture().givenNoPriorActivity()
                .when(register(Category.GRAIN_OIL, null, litres(500), null, null, null, actor(FARM)))
                .expectSuccessfulHandlerExecution()
                .expectState(batch -> assertThat(batch).isInstanceOf(GrainOilBatch.class));
    }

    @Test
    void aBatchOfNothingIsRefused() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, null, kg(0), null, null, null, actor(FARM)))
                .expectException(violation(RuleCode.INVALID_QUANTITY))
                .expectNoEvents();
    }

    @Test
    void infantFormulaWithGtinLotAndExpiryIsRegisteredUnderItsFourteenDigitGtin() {
        fixture().givenNoPriorActivity()
                .when(register(Category.INFANT_FORMULA, null, units(500), "6901234567892", "L2026-11", EXPIRES_ON,
                        actor(FACTORY)))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(
                                predicate(payload ->
                                        ((BatchRegistered) payload).gtin().equals("06901234567892"))),
                        andNoMore()))
                .expectState(batch -> assertThat(batch).isInstanceOf(InfantFormulaBatch.class));
    }

    @Test
    void infantFormulaNeedsAGtin() {
        fixture().givenNoPriorActivity()
                .when(register(Category.INFANT_FORMULA, null, units(500), null, "L2026-11", EXPIRES_ON, actor(FACTORY)))
                .expectException(violation(RuleCode.GTIN_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void infantFormulaNeedsAGtinWithAValidCheckDigit() {
        fixture().givenNoPriorActivity()
                .when(register(Category.INFANT_FORMULA, null, units(500), "6901234567891", "L2026-11", EXPIRES_ON,
                        actor(FACTORY)))
                .expectException(violation(RuleCode.INVALID_GTIN))
                .expectNoEvents();
    }

    @Test
    void infantFormulaNeedsALot() {
        fixture().givenNoPriorActivity()
                .when(register(Category.INFANT_FORMULA, null, units(500), "6901234567892", null, EXPIRES_ON,
                        actor(FACTORY)))
                .expectException(violation(RuleCode.LOT_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void infantFormulaNeedsAnExpiryDate() {
        fixture().givenNoPriorActivity()
                .when(register(Category.INFANT_FORMULA, null, units(500), "6901234567892", "L2026-11", null,
                        actor(FACTORY)))
                .expectException(violation(RuleCode.EXPIRY_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void alcoholMayOmitTheExpiryDate() {
        fixture().givenNoPriorActivity()
                .when(register(Category.ALCOHOL, null, units(1200), "96385074", "B-7", null, actor(FACTORY)))
                .expectSuccessfulHandlerExecution()
                .expectState(batch -> assertThat(batch).isInstanceOf(AlcoholBatch.class));
    }

    @Test
    void alcoholNeedsAGtin() {
        fixture().givenNoPriorActivity()
                .when(register(Category.ALCOHOL, null, units(1200), " ", "B-7", null, actor(FACTORY)))
                .expectException(violation(RuleCode.GTIN_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void alcoholNeedsALot() {
        fixture().givenNoPriorActivity()
                .when(register(Category.ALCOHOL, null, units(1200), "96385074", null, null, actor(FACTORY)))
                .expectException(violation(RuleCode.LOT_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aGtinGivenForFreshProduceMustStillBeValid() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, null, kg(10), "12345678", null, null, actor(FARM)))
                .expectException(violation(RuleCode.INVALID_GTIN))
                .expectNoEvents();
    }

    @Test
    void aProductCannotExpireBeforeItIsProduced() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, null, kg(10), null, null, PRODUCED_ON.minusDays(1), actor(FARM)))
                .expectException(violation(RuleCode.EXPIRY_BEFORE_PRODUCTION))
                .expectNoEvents();
    }

    @Test
    void aSuspendedOperatorCannotRegisterBatches() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, null, kg(10), null, null, null, suspended(FARM)))
                .expectException(violation(RuleCode.OPERATOR_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void theRegulatorDoesNotProduceBatches() {
        fixture().givenNoPriorActivity()
                .when(register(Category.VEGETABLE, null, kg(10), null, null, null, Actor.theRegulator()))
                .expectException(violation(RuleCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void theOriginRegionIsASixDigitCode() {
        fixture().givenNoPriorActivity()
                .when(new RegisterBatch(BATCH, traceCode(1), Category.VEGETABLE, "Choy sum", null, kg(10), "Yangjiang",
                        PRODUCED_ON, null, null, null, actor(FARM), REGISTRATION_TIME))
                .expectException(violation(RuleCode.INVALID_REGION))
                .expectNoEvents();
    }

    @Test
    void theTraceCodeMustCarryItsCheckCharacter() {
        String code = traceCode(1);
        String wrongCheck = code.substring(0, 15) + (code.charAt(15) == '0' ? '1' : '0');
        fixture().givenNoPriorActivity()
                .when(new RegisterBatch(BATCH, wrongCheck, Category.VEGETABLE, "Choy sum", null, kg(10), REGION,
                        PRODUCED_ON, null, null, null, actor(FARM), REGISTRATION_TIME))
                .expectException(violation(RuleCode.CHECK_CHARACTER_MISMATCH))
                .expectNoEvents();
    }

    private static RegisterBatch livestock(Species species, Quantity quantity) {
        return new RegisterBatch(BATCH, traceCode(1), Category.LIVESTOCK, "Live pigs", species, quantity, REGION,
                PRODUCED_ON, null, "P-2026-1120", null, actor(FARM), REGISTRATION_TIME);
    }

    private static RegisterBatch register(Category category, Species species, Quantity quantity, String gtin, String lot,
                                          LocalDate expiresOn, Actor producer) {
        return new RegisterBatch(BATCH, traceCode(1), category, "Product", species, quantity, REGION, PRODUCED_ON, gtin,
                lot, expiresOn, producer, REGISTRATION_TIME);
    }
}
