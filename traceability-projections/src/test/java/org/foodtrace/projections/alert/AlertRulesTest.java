package org.foodtrace.projections.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.foodtrace.projections.testing.Fixtures.head;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.units;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.SaleOutcome;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.projections.alert.Chain.Output;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each alert rule fires on its anomaly, names the rule, batches, operators and evidence, and stays quiet otherwise. */
@AlertContext
class AlertRulesTest {

    private static final CertificateType PLANT = CertificateType.COMPLIANCE_COMMITMENT;

    @Autowired
    CommandGateway commands;

    @Autowired
    AlertQueries alerts;

    @Autowired
    ProjectionProgress progress;

    Chain chain;
    OperatorProfile farm;
    OperatorProfile market;

    @BeforeEach
    void operators() {
        chain = new Chain(commands);
        farm = chain.operator(OperatorKind.FARM, "Pinggang Farm");
        market = chain.operator(OperatorKind.RETAIL_MARKET, "Dongmen Wet Market");
    }

    @Test
    void aNormalSupplyChainRaisesNoAlert() {
        OperatorProfile pigFarm = chain.operator(OperatorKind.FARM, "Pig Farm");
        OperatorProfile slaughterhouse = chain.operator(OperatorKind.SLAUGHTERHOUSE, "Yangdong Abattoir");
        OperatorProfile processor = chain.operator(OperatorKind.PROCESSOR, "Rice Mill");
        OperatorProfile supermarket = chain.operator(OperatorKind.SUPERMARKET, "Supermarket");
        String choySum = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("500"));
        chain.ship(choySum, farm, market, PLANT, "CC-" + choySum);
        chain.inspect(choySum, Chain.actor(market), Verdict.PASS);
        chain.sell(choySum, market, kg("120"));
        String pigs = chain.register(pigFarm, Category.LIVESTOCK, "Live pigs", Species.PIG, head(20));
        chain.ship(pigs, pigFarm, slaughterhouse, CertificateType.ANIMAL_QUARANTINE, "AQ-" + pigs);
        String pork = chain.slaughter(pigs, slaughterhouse, new Output("Pork carcass halves", kg("1500")),
                new Output("Pork offal", kg("200"))).get(0);
        String porkAtMarket = chain.dispatch(pork, slaughterhouse, market, kg("300"), "MQ-" + pigs);
        chain.sell(porkAtMarket, market, kg("300"));
        String paddy = chain.register(farm, Category.GRAIN_OIL, "Paddy rice", null, kg("1000"));
        chain.ship(paddy, farm, processor, PLANT, "CC-" + paddy);
        String rice = chain.transform(processor, List.of(new ParentLink(paddy, kg("1000"))), Category.GRAIN_OIL,
                new Output("Polished rice", kg("680")), new Output("Rice bran", kg("150"))).get(0);
        chain.ship(rice, processor, supermarket, PLANT, "CC-" + rice);
        chain.sell(rice, supermarket, kg("680"));
        Projections.awaitUpToDate(progress);

        for (OperatorProfile operator : List.of(farm, market, pigFarm, slaughterhouse, processor, supermarket)) {
            assertThat(alerts.list(filter(null, operator.operatorId(), null))).as(operator.kind().name()).isEmpty();
        }
    }

    @Test
    void aTransformationDeclaringMoreRiceThanThePaddyYieldsIsAnAlert() {
        OperatorProfile mill = chain.operator(OperatorKind.PROCESSOR, "Greedy Mill");
        String paddy = chain.register(farm, Category.GRAIN_OIL, "Paddy rice", null, kg("1000"));
        chain.ship(paddy, farm, mill, PLANT, "CC-" + paddy);
        String rice = chain.transform(mill, List.of(new ParentLink(paddy, kg("1000"))), Category.GRAIN_OIL,
                new Output("Polished rice", kg("900"))).get(0);

        Alert alert = onlyAlert(AlertRule.TRANSFORMATION_YIELD_EXCEEDED, mill);
        assertThat(alert.batchIds()).containsExactlyInAnyOrder(paddy, rice);
        assertThat(alert.evidence()).extracting(Evidence::eventType, Evidence::batchId)
                .containsExactlyInAnyOrder(tuple("BatchTransformed", paddy), tuple("BatchDerived", rice));
        assertThat(alert.summary()).contains("paddy-to-rice", "900", "1000", "0.75");
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void oilDeclaredInLitresIsWeighedAgainstTheOilseedYield() {
        OperatorProfile press = chain.operator(OperatorKind.PROCESSOR, "Oil Press");
        String rapeseed = chain.register(farm, Category.GRAIN_OIL, "Rapeseed", null, kg("1000"));
        chain.ship(rapeseed, farm, press, PLANT, "CC-" + rapeseed);
        chain.transform(press, List.of(new ParentLink(rapeseed, kg("1000"))), Category.GRAIN_OIL,
                new Output("Rapeseed oil", Quantity.of(600, QuantityUnit.L)));

        assertThat(onlyAlert(AlertRule.TRANSFORMATION_YIELD_EXCEEDED, press).summary()).contains("oilseed-to-oil");
    }

    @Test
    void aSlaughterDeclaringMoreMeatThanTheAnimalsCarryIsAnAlert() {
        OperatorProfile slaughterhouse = chain.operator(OperatorKind.SLAUGHTERHOUSE, "Inflating Abattoir");
        String pigs = chain.register(farm, Category.LIVESTOCK, "Live pigs", Species.PIG, head(10));
        chain.ship(pigs, farm, slaughterhouse, CertificateType.ANIMAL_QUARANTINE, "AQ-" + pigs);
        List<String> meat = chain.slaughter(pigs, slaughterhouse, new Output("Pork carcass halves", kg("1000")),
                new Output("Pork belly", kg("300")));

        Alert alert = onlyAlert(AlertRule.TRANSFORMATION_YIELD_EXCEEDED, slaughterhouse);
        assertThat(alert.batchIds()).contains(pigs).containsAll(meat);
        assertThat(alert.evidence()).extracting(Evidence::eventType, Evidence::batchId)
                .containsExactlyInAnyOrder(tuple("BatchSlaughtered", pigs), tuple("BatchDerived", meat.get(0)),
                        tuple("BatchDerived", meat.get(1)));
        assertThat(alert.summary()).contains("10 head of PIG", "1300 kg", "1200 kg");
    }

    @Test
    void aMarketSellingMoreOfAProductThanItAdmittedIsAnAlert() {
        String choySum = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        chain.ship(choySum, farm, market, PLANT, "CC-" + choySum);
        String ownLot = chain.register(market, Category.VEGETABLE, "Choy Sum ", null, kg("50"));
        chain.ship(ownLot, market, market, PLANT, "CC-" + ownLot);
        chain.sell(choySum, market, kg("100"));
        chain.sell(ownLot, market, kg("20"));

        Alert alert = onlyAlert(AlertRule.MARKET_SOLD_MORE_THAN_ADMITTED, market);
        assertThat(alert.operatorIds()).containsExactly(market.operatorId());
        assertThat(alert.evidence()).extracting(Evidence::eventType, Evidence::batchId)
                .containsExactly(tuple("BatchAdmitted", choySum), tuple("BatchSold", ownLot));
        assertThat(alert.summary()).contains("sold 120 kg", "admitted only 100 kg");
    }

    @Test
    void anAdmissionAttemptByAnOperatorTheBatchWasNotSentToIsAnAlert() {
        OperatorProfile other = chain.operator(OperatorKind.RETAIL_MARKET, "Other Market");
        String choySum = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        chain.exit(choySum, farm, market, PLANT, "CC-" + choySum);

        EntryDecision decision = chain.enter(choySum, other, "CC-" + choySum);

        assertThat(decision.refusal()).isEqualTo(RuleCode.NOT_DESTINATION);
        Alert alert = onlyAlert(AlertRule.MISDIRECTED_ENTRY, other);
        assertThat(alert.operatorIds()).containsExactlyInAnyOrder(other.operatorId(), market.operatorId());
        assertThat(alert.batchIds()).containsExactly(choySum);
        assertThat(alert.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.eventType()).isEqualTo("MisdirectedEntryAttempted");
            assertThat(evidence.sequenceNumber()).isEqualTo(2);
            assertThat(evidence.eventIdentifier()).isNotBlank();
        });
    }

    @Test
    void oneCertificatePresentedForASecondLotIsAnAlert() {
        String first = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        String second = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("80"));
        String number = "CC-REUSED-" + first;
        chain.ship(first, farm, market, PLANT, number);
        chain.ship(second, farm, market, PLANT, number);

        Alert alert = onlyAlert(AlertRule.CERTIFICATE_REUSED, farm);
        assertThat(alert.batchIds()).containsExactlyInAnyOrder(first, second);
        assertThat(alert.evidence()).extracting(Evidence::eventType).containsOnly("BatchOriginExited").hasSize(2);
        assertThat(alert.summary()).contains("covers 100 kg", "2 lots totalling 180 kg");
    }

    @Test
    void oneCertificatePresentedByTwoProducersIsAnAlert() {
        OperatorProfile neighbour = chain.operator(OperatorKind.FARM, "Neighbour Farm");
        String mine = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        String theirs = chain.register(neighbour, Category.VEGETABLE, "Choy sum", null, kg("10"));
        String number = "CC-BORROWED-" + mine;
        chain.ship(mine, farm, market, PLANT, number);
        chain.ship(theirs, neighbour, market, PLANT, number);

        Alert alert = onlyAlert(AlertRule.CERTIFICATE_REUSED, neighbour);
        assertThat(alert.operatorIds()).containsExactlyInAnyOrder(farm.operatorId(), neighbour.operatorId());
    }

    @Test
    void partsOfOneLotMayLeaveOnTheLotsCertificate() {
        String lot = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        List<String> parts = chain.split(lot, farm, "Choy sum", kg("60"), kg("40"));
        String number = "CC-SHARED-" + lot;
        chain.ship(parts.get(0), farm, market, PLANT, number);
        chain.ship(parts.get(1), farm, market, PLANT, number);
        Projections.awaitUpToDate(progress);

        assertThat(alerts.list(filter(AlertRule.CERTIFICATE_REUSED, farm.operatorId(), null))).isEmpty();
    }

    @Test
    void anAttemptToSellAnExpiredProductIsRefusedAndIsAnAlert() {
        OperatorProfile factory = chain.operator(OperatorKind.MANUFACTURER, "Formula Factory");
        OperatorProfile supermarket = chain.operator(OperatorKind.SUPERMARKET, "Supermarket");
        String formula = chain.register(factory, Category.INFANT_FORMULA, "Infant formula stage 1", null, units(100),
                "06901234567892", "L-EXP", LocalDate.parse("2026-11-21"));
        chain.ship(formula, factory, supermarket, CertificateType.FACTORY_INSPECTION, "FI-" + formula);
        chain.jump(Duration.ofDays(3));

        SaleOutcome sale = chain.sell(formula, supermarket, units(2));

        assertThat(sale.sold()).isFalse();
        assertThat(sale.refusal()).isEqualTo(RuleCode.EXPIRED_PRODUCT);
        assertThat(sale.available()).isEqualTo(units(100));
        Alert alert = onlyAlert(AlertRule.EXPIRED_PRODUCT_SALE_ATTEMPT, supermarket);
        assertThat(alert.batchIds()).containsExactly(formula);
        assertThat(alert.evidence()).extracting(Evidence::eventType).containsExactly("ExpiredSaleAttempted");
        assertThat(alert.summary()).contains("2026-11-21");
    }

    @Test
    void failedRapidTestsOfTwoBatchesFromOneFarmWithinThirtyDaysAreAnAlert() {
        String first = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        String second = chain.register(farm, Category.VEGETABLE, "Lettuce", null, kg("100"));
        chain.ship(first, farm, market, PLANT, "CC-" + first);
        chain.ship(second, farm, market, PLANT, "CC-" + second);
        chain.inspect(first, Chain.actor(market), Verdict.FAIL);
        chain.jump(Duration.ofDays(29));
        chain.inspect(second, Chain.actor(market), Verdict.FAIL);

        Alert alert = onlyAlert(AlertRule.REPEATED_RAPID_TEST_FAILURES, farm);
        assertThat(alert.operatorIds()).containsExactly(farm.operatorId());
        assertThat(alert.batchIds()).containsExactlyInAnyOrder(first, second);
        assertThat(alert.evidence()).extracting(Evidence::eventType).containsOnly("BatchInspected").hasSize(2);
    }

    @Test
    void failedRapidTestsMoreThanThirtyDaysApartAreNoAlert() {
        String first = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        String second = chain.register(farm, Category.VEGETABLE, "Lettuce", null, kg("100"));
        chain.ship(first, farm, market, PLANT, "CC-" + first);
        chain.ship(second, farm, market, PLANT, "CC-" + second);
        chain.inspect(first, Chain.actor(market), Verdict.FAIL);
        chain.jump(Duration.ofDays(31));
        chain.inspect(second, Chain.actor(market), Verdict.FAIL);
        Projections.awaitUpToDate(progress);

        assertThat(alerts.list(filter(AlertRule.REPEATED_RAPID_TEST_FAILURES, farm.operatorId(), null))).isEmpty();
    }

    @Test
    void alertsAreFilteredByRuleOperatorBatchAndTime() {
        OperatorProfile other = chain.operator(OperatorKind.RETAIL_MARKET, "Filter Market");
        String choySum = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        chain.exit(choySum, farm, market, PLANT, "CC-" + choySum);
        chain.enter(choySum, other, "CC-" + choySum);
        Alert alert = onlyAlert(AlertRule.MISDIRECTED_ENTRY, other);

        assertThat(alerts.list(filter(null, null, choySum))).extracting(Alert::alertId).containsExactly(
                alert.alertId());
        assertThat(alerts.list(filter(AlertRule.CERTIFICATE_REUSED, null, choySum))).isEmpty();
        assertThat(alerts.list(new AlertFilter(null, null, choySum, alert.raisedAt().plusSeconds(1), 10, 0)))
                .isEmpty();
        assertThat(alerts.find(alert.alertId())).contains(alert);
        assertThat(alert.alertId()).isEqualTo(AlertStore.alertId(AlertRule.MISDIRECTED_ENTRY,
                choySum + "|" + other.operatorId()));
    }

    private Alert onlyAlert(AlertRule rule, OperatorProfile operator) {
        Projections.awaitUpToDate(progress);
        List<Alert> found = alerts.list(filter(rule, operator.operatorId(), null));
        assertThat(found).as(rule + " alerts naming " + operator.kind()).hasSize(1);
        Alert alert = found.get(0);
        assertThat(alert.rule()).isEqualTo(rule);
        assertThat(alert.operatorIds()).contains(operator.operatorId());
        return alert;
    }

    private static AlertFilter filter(AlertRule rule, String operatorId, String batchId) {
        return new AlertFilter(rule, operatorId, batchId, null, AlertFilter.DEFAULT_LIMIT, 0);
    }
}
