package org.foodtrace.projections.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.head;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.units;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.alert.Chain.Output;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.maintenance.ReplayService;
import org.foodtrace.projections.maintenance.StreamingProcessors;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The alerts read model is rebuilt identically by replay (same ids, same evidence), and redelivery adds nothing. */
@AlertContext
class AlertReplayTest {

    private static final List<String> TABLES = List.of("alert", "alert_evidence", "alert_batch", "alert_operator",
            "operator", "batch", "market_movement", "certificate_use", "conversion_input", "conversion_link",
            "conversion_output", "failed_inspection");
    private static final CertificateType PLANT = CertificateType.COMPLIANCE_COMMITMENT;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    StreamingProcessors processors;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aChainRaisingEveryKindOfAlert() {
        Chain chain = new Chain(commands);
        OperatorProfile farm = chain.operator(OperatorKind.FARM, "Replay Farm");
        OperatorProfile market = chain.operator(OperatorKind.RETAIL_MARKET, "Replay Market");
        OperatorProfile stranger = chain.operator(OperatorKind.RETAIL_MARKET, "Replay Stranger");
        OperatorProfile mill = chain.operator(OperatorKind.PROCESSOR, "Replay Mill");
        OperatorProfile slaughterhouse = chain.operator(OperatorKind.SLAUGHTERHOUSE, "Replay Abattoir");
        OperatorProfile factory = chain.operator(OperatorKind.MANUFACTURER, "Replay Factory");
        String choySum = chain.register(farm, Category.VEGETABLE, "Choy sum", null, kg("100"));
        String lettuce = chain.register(farm, Category.VEGETABLE, "Lettuce", null, kg("100"));
        chain.exit(choySum, farm, market, PLANT, "CC-REPLAY");
        chain.enter(choySum, stranger, "CC-REPLAY");
        chain.enter(choySum, market, "CC-REPLAY");
        chain.ship(lettuce, farm, market, PLANT, "CC-REPLAY");
        chain.inspect(choySum, Chain.actor(market), Verdict.FAIL);
        chain.inspect(lettuce, Chain.actor(market), Verdict.FAIL);
        String ownLot = chain.register(market, Category.VEGETABLE, "Spinach", null, kg("50"));
        chain.ship(ownLot, market, market, PLANT, "CC-OWN");
        chain.sell(ownLot, market, kg("10"));
        String paddy = chain.register(farm, Category.GRAIN_OIL, "Paddy", null, kg("1000"));
        chain.ship(paddy, farm, mill, PLANT, "CC-PADDY");
        chain.transform(mill, List.of(new ParentLink(paddy, kg("1000"))), Category.GRAIN_OIL,
                new Output("Rice", kg("950")));
        String pigs = chain.register(farm, Category.LIVESTOCK, "Live pigs", Species.PIG, head(2));
        chain.ship(pigs, farm, slaughterhouse, CertificateType.ANIMAL_QUARANTINE, "AQ-REPLAY");
        chain.slaughter(pigs, slaughterhouse, new Output("Pork", kg("400")));
        String formula = chain.register(factory, Category.INFANT_FORMULA, "Infant formula", null, units(10),
                "06901234567892", "L-REPLAY", LocalDate.parse("2026-11-21"));
        chain.ship(formula, factory, market, CertificateType.FACTORY_INSPECTION, "FI-REPLAY");
        chain.jump(Duration.ofDays(2));
        chain.sell(formula, market, units(1));
        chain.sell(formula, market, units(1));
        Projections.awaitUpToDate(progress);
    }

    @Test
    void rebuildingByReplayGivesIdenticalTables(@Autowired ReplayService replay) {
        String before = dump();

        replay.rebuild(AlertProcessingConfiguration.GROUP);
        await().atMost(Projections.PATIENCE).until(() -> replay.caughtUp(AlertProcessingConfiguration.GROUP));

        assertThat(before).contains("TRANSFORMATION_YIELD_EXCEEDED",
                "MARKET_SOLD_MORE_THAN_ADMITTED", "MISDIRECTED_ENTRY", "CERTIFICATE_REUSED",
                "EXPIRED_PRODUCT_SALE_ATTEMPT", "REPEATED_RAPID_TEST_FAILURES");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void deliveringEveryEventASecondTimeChangesNothing(@Autowired TokenStore tokenStore,
                                                       @Autowired TransactionManager transactions) {
        String before = dump();
        Projections.windBackToTheFirstEvent(processors.named(AlertProcessingConfiguration.GROUP), tokenStore,
                transactions);
        Projections.awaitUpToDate(progress);

        assertThat(dump()).isEqualTo(before);
    }

    private String dump() {
        StringBuilder dump = new StringBuilder();
        for (String table : TABLES) {
            dump.append("== ").append(table).append('\n');
            jdbc.sql("SELECT CAST(t AS TEXT) FROM alert." + table + " t ORDER BY 1").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }
}
