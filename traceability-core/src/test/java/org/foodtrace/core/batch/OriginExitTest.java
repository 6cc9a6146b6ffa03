package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 产地准出: the whole batch leaves its producer for one destination, with the certificate its category
 * needs, valid on the day it leaves.
 */
class OriginExitTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Category.class)
    void eachCategoryLeavesWithItsCertificateAndTheWholeBatchIsInTransit(Category category) {
        BatchRegistered registration = registeredSample(category);
        Certificate certificate = certificate(certificateFor(category));

        fixture().given(history(registration))
                .when(new ExitOrigin(BATCH, certificate, MARKET, actor(FARM), EXIT_TIME))
                .expectEvents(new BatchOriginExited(BATCH, certificate, MARKET.operatorId(), registration.quantity(),
                        FARM.operatorId(), EXIT_TIME))
                .expectState(batch -> assertThat(batch.status()).isEqualTo(BatchStatus.IN_TRANSIT));
    }

    @Test
    void theCertificateOfEachCategory() {
        assertThat(certificateFor(Category.LIVESTOCK)).isEqualTo(CertificateType.ANIMAL_QUARANTINE);
        assertThat(certificateFor(Category.VEGETABLE)).isEqualTo(CertificateType.COMPLIANCE_COMMITMENT);
        assertThat(certificateFor(Category.GRAIN_OIL)).isEqualTo(CertificateType.COMPLIANCE_COMMITMENT);
        assertThat(certificateFor(Category.INFANT_FORMULA)).isEqualTo(CertificateType.FACTORY_INSPECTION);
        assertThat(certificateFor(Category.ALCOHOL)).isEqualTo(CertificateType.FACTORY_INSPECTION);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("wrongCertificates")
    void aCertificateOfAnotherTypeIsRefused(Category category, CertificateType wrong) {
        fixture().given(history(registeredSample(category)))
                .when(new ExitOrigin(BATCH, certificate(wrong), MARKET, actor(FARM), EXIT_TIME))
                .expectException(violation(RuleCode.WRONG_CERTIFICATE_TYPE))
                .expectNoEvents();
    }

    @Test
    void aCertificateIsStillValidOnItsLastDay() {
        fixture().given(history(vegetablesRegistered()))
                .when(new ExitOrigin(BATCH, certificate(CertificateType.COMPLIANCE_COMMITMENT), MARKET, actor(FARM),
                        at("2026-11-24T15:59:59Z")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCertificatePastItsLastDayIsExpired() {
        fixture().given(history(vegetablesRegistered()))
                .when(new ExitOrigin(BATCH, certificate(CertificateType.COMPLIANCE_COMMITMENT), MARKET, actor(FARM),
                        at("2026-11-24T16:00:00Z")))
                .expectException(violation(RuleCode.CERTIFICATE_EXPIRED))
                .expectNoEvents();
    }

    @Test
    void aCertificateIssuedAfterTheExitIsNotValidForIt() {
        Certificate issuedTomorrow = new Certificate(CertificateType.COMPLIANCE_COMMITMENT, CERTIFICATE_NUMBER, "Farm",
                LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-30"));
        fixture().given(history(vegetablesRegistered()))
                .when(new ExitOrigin(BATCH, issuedTomorrow, MARKET, actor(FARM), EXIT_TIME))
                .expectException(violation(RuleCode.CERTIFICATE_EXPIRED))
                .expectNoEvents();
    }

    @Test
    void pigsAreNotSentToASlaughterhouseThatIsNotDesignated() {
        fixture().given(history(pigsRegistered()))
                .when(exitWithAnimalQuarantine(UNDESIGNATED_SLAUGHTERHOUSE))
                .expectException(violation(RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Species.class, names = {"CATTLE", "SHEEP"})
    void cattleAndSheepAreNotSentToASlaughterhouseThatIsNotDesignated(Species species) {
        fixture().given(history(registered(Category.LIVESTOCK, "Live animals", species, head(10), null, null, null)))
                .when(exitWithAnimalQuarantine(UNDESIGNATED_SLAUGHTERHOUSE))
                .expectException(violation(RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @Test
    void pigsMayBeSentToADesignatedSlaughterhouse() {
        fixture().given(history(pigsRegistered()))
                .when(exitWithAnimalQuarantine(SLAUGHTERHOUSE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void pigsMayBeSentToAMarket() {
        fixture().given(history(pigsRegistered()))
                .when(exitWithAnimalQuarantine(MARKET))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBatchLeavesItsOriginOnlyOnce() {
        fixture().given(inTransit(pigsRegistered(), MARKET))
                .when(exitWithAnimalQuarantine(OTHER_MARKET))
                .expectException(violation(RuleCode.NOT_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void onlyTheProducerHoldingTheBatchSendsItOff() {
        fixture().given(history(pigsRegistered()))
                .when(new ExitOrigin(BATCH, certificate(CertificateType.ANIMAL_QUARANTINE), MARKET, actor(MARKET),
                        EXIT_TIME))
                .expectException(violation(RuleCode.NOT_HOLDER))
                .expectNoEvents();
    }

    @Test
    void whatIsLeftAfterADisposalIsWhatLeaves() {
        BatchRegistered registration = vegetablesRegistered();
        Certificate certificate = certificate(CertificateType.COMPLIANCE_COMMITMENT);
        fixture().given(history(registration, new BatchDisposed(BATCH, kg(100), "composting", null, FARM.operatorId(),
                        REGISTRATION_TIME)))
                .when(new ExitOrigin(BATCH, certificate, MARKET, actor(FARM), EXIT_TIME))
                .expectEvents(new BatchOriginExited(BATCH, certificate, MARKET.operatorId(), kg(900), FARM.operatorId(),
                        EXIT_TIME));
    }

    @Test
    void anExitNeedsADestination() {
        fixture().given(history(vegetablesRegistered()))
                .when(new ExitOrigin(BATCH, certificate(CertificateType.COMPLIANCE_COMMITMENT), null, actor(FARM),
                        EXIT_TIME))
                .expectException(violation(RuleCode.MISSING_VALUE))
                .expectNoEvents();
    }

    private static ExitOrigin exitWithAnimalQuarantine(OperatorProfile destination) {
        return new ExitOrigin(BATCH, certificate(CertificateType.ANIMAL_QUARANTINE), destination, actor(FARM), EXIT_TIME);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Stream<Arguments> wrongCertificates() {
        return Arrays.stream(Category.values()).flatMap(category -> Arrays.stream(CertificateType.values())
                .filter(type -> type != certificateFor(category))
                .map(type -> Arguments.of(category, type)));
    }
}
