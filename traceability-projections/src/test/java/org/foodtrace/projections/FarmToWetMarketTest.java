package org.foodtrace.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.SlaughterOutcome;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.lineage.LineageEdge;
import org.foodtrace.projections.lineage.LineageGraph;
import org.foodtrace.projections.lineage.LineageNode;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.trace.CertificateRef;
import org.foodtrace.projections.trace.JourneyStep;
import org.foodtrace.projections.trace.TraceOrigin;
import org.foodtrace.projections.trace.TraceQueries;
import org.foodtrace.projections.trace.TraceView;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole path on PostgreSQL: commands through Axon's command gateway to the aggregates, events into the JDBC
 * event store, pooled processors into every read model. A pig farm (region 441702) ships 20 pigs with an animal
 * quarantine certificate to a designated slaughterhouse; the pigs are admitted, slaughtered after negative
 * β-agonist tests into 1,500 kg of pork, 1,400 kg of it is split into three parts, and two parts are dispatched to
 * two wet markets, which admit them with the certificate of record and sell some.
 */
@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FarmToWetMarketTest {

    private static final Random RANDOM = new Random();
    private static final String QUARANTINE_CERTIFICATE = "4417020012345";
    private static final String MEAT_CERTIFICATE = "MQ-2026-0001";
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:30:00Z");

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    TraceQueries traces;

    @Autowired
    LineageQueries lineage;

    @Autowired
    BatchViewQueries batches;

    @Autowired
    OperatorRegistryQueries operators;

    final OperatorProfile farm = new OperatorProfile(id(), OperatorKind.FARM, false);
    final OperatorProfile slaughterhouse = new OperatorProfile(id(), OperatorKind.SLAUGHTERHOUSE, true);
    final OperatorProfile marketA = new OperatorProfile(id(), OperatorKind.RETAIL_MARKET, false);
    final OperatorProfile marketB = new OperatorProfile(id(), OperatorKind.RETAIL_MARKET, false);

    final String pigs = id();
    final String pork = id();
    final String partA = id();
    final String partB = id();
    final String partC = id();
    final String lotA = id();
    final String lotB = id();
    final String pigsCode = code();
    final String porkCode = code();
    final String partACode = code();
    final String lotACode = code();
    final String lotBCode = code();

    @BeforeAll
    void pigsGoFromTheFarmToTwoWetMarkets() {
        register(farm, "Pinggang Pig Farm", "441702");
        register(slaughterhouse, "Yangjiang Designated Slaughterhouse", "441702");
        register(marketA, "Dongshan Wet Market", "440104");
        register(marketB, "Shipai Wet Market", "440106");

        commands.sendAndWait(new RegisterBatch(pigs, pigsCode, Category.LIVESTOCK, "Live pigs", Species.PIG,
                Quantity.of(20, QuantityUnit.HEAD), "441702", LocalDate.of(2026, 11, 22), null, "P-2026-1122", null,
                actor(farm), hours(0)));
        commands.sendAndWait(new ExitOrigin(pigs, new Certificate(CertificateType.ANIMAL_QUARANTINE,
                QUARANTINE_CERTIFICATE, "Yangdong Animal Health Station", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 26)), slaughterhouse, actor(farm), hours(1)));
        EntryDecision pigsAdmitted = commands.sendAndWait(new EnterMarket(pigs, QUARANTINE_CERTIFICATE, null,
                actor(slaughterhouse), hours(4)));
        SlaughterOutcome slaughter = commands.sendAndWait(new SlaughterBatch(pigs, BetaAgonistTest.allNegative(),
                MEAT_CERTIFICATE, List.of(new DerivedPart(pork, porkCode, "Pork carcass halves", kg("1500"))),
                actor(slaughterhouse), hours(6)));
        commands.sendAndWait(new SplitBatch(pork, List.of(part(partA, partACode, "600"), part(partB, code(), "500"),
                part(partC, code(), "300")), actor(slaughterhouse), hours(7)));
        commands.sendAndWait(new DispatchBatch(partA, lotA, lotACode, marketA, kg("200"), actor(slaughterhouse),
                hours(8)));
        commands.sendAndWait(new DispatchBatch(partB, lotB, lotBCode, marketB, kg("150"), actor(slaughterhouse),
                hours(8)));
        EntryDecision lotAAdmitted = commands.sendAndWait(new EnterMarket(lotA, MEAT_CERTIFICATE, null,
                actor(marketA), hours(10)));
        EntryDecision lotBAdmitted = commands.sendAndWait(new EnterMarket(lotB, MEAT_CERTIFICATE, null,
                actor(marketB), hours(10)));
        commands.sendAndWait(new SellBatch(lotA, id(), kg("12.5"), null, actor(marketA), hours(11)));
        commands.sendAndWait(new SellBatch(lotB, id(), kg("30"), null, actor(marketB), hours(11)));

        assertThat(List.of(pigsAdmitted, lotAAdmitted, lotBAdmitted)).allMatch(EntryDecision::admitted);
        assertThat(slaughter.slaughtered()).isTrue();
        progress.awaitProcessed(progress.headOfStore(), Duration.ofSeconds(30));
    }

    @Test
    void a_wet_market_lot_traces_back_to_the_farm_nearest_ancestor_first() {
        TraceView trace = traces.findByTraceCode(lotACode).orElseThrow();

        assertThat(trace.upstream()).containsExactly(partACode, porkCode, pigsCode);
        assertThat(trace.origin()).isEqualTo(new TraceOrigin("441702", "Pinggang Pig Farm",
                new CertificateRef("ANIMAL_QUARANTINE", QUARANTINE_CERTIFICATE)));
        assertThat(trace.recalled()).isFalse();
        assertThat(trace.journey()).extracting(JourneyStep::operatorName).startsWith("Pinggang Pig Farm")
                .endsWith("Dongshan Wet Market");
        assertThat(trace.inspections()).extracting(inspection -> inspection.analyte() + " " + inspection.verdict())
                .containsExactly("clenbuterol PASS", "ractopamine PASS", "salbutamol PASS");
    }

    @Test
    void downstream_of_the_pigs_reaches_both_market_lots() {
        LineageGraph graph = lineage.downstream(pigs);

        assertThat(graph.nodes()).extracting(LineageNode::batchId)
                .containsExactlyInAnyOrder(pigs, pork, partA, partB, partC, lotA, lotB);
        assertThat(graph.nodes()).contains(
                new LineageNode(lotA, lotACode, marketA.operatorId(), BatchStatus.ADMITTED),
                new LineageNode(lotB, lotBCode, marketB.operatorId(), BatchStatus.ADMITTED));
        assertThat(graph.edges()).contains(new LineageEdge(pigs, pork, Derivation.SLAUGHTER),
                new LineageEdge(pork, partA, Derivation.SPLIT), new LineageEdge(partA, lotA, Derivation.DISPATCH),
                new LineageEdge(partB, lotB, Derivation.DISPATCH)).hasSize(6);
    }

    @Test
    void upstream_of_a_market_lot_reaches_the_pigs() {
        assertThat(lineage.upstream(lotB).nodes()).extracting(LineageNode::batchId)
                .containsExactly(lotB, partB, pork, pigs);
    }

    @Test
    void the_batch_view_agrees_with_the_aggregates() {
        assertThat(batches.find(pigs).orElseThrow().status()).isEqualTo(BatchStatus.DEPLETED);
        assertThat(batches.find(lotA).orElseThrow().quantity().available().amount()).isEqualByComparingTo("187.5");
        assertThat(batches.find(partC).orElseThrow().status()).isEqualTo(BatchStatus.ADMITTED);
        assertThat(batches.find(pork).orElseThrow().quantity().available().amount()).isEqualByComparingTo("100");
        assertThat(operators.findAll(List.of(farm.operatorId(), slaughterhouse.operatorId(), marketA.operatorId(),
                marketB.operatorId()))).hasSize(4);
    }

    private void register(OperatorProfile operator, String name, String region) {
        commands.sendAndWait(new RegisterOperator(operator.operatorId(), name, operator.kind(),
                "LIC-" + name.hashCode(), region, operator.designatedSlaughterhouse(), MONDAY.minusSeconds(86_400)));
    }

    private static Actor actor(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }

    private static DerivedPart part(String batchId, String code, String kilograms) {
        return new DerivedPart(batchId, code, "Pork carcass halves", kg(kilograms));
    }

    private static Quantity kg(String amount) {
        return new Quantity(new BigDecimal(amount), QuantityUnit.KG);
    }

    private static Instant hours(int hours) {
        return MONDAY.plusSeconds(hours * 3_600L);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static synchronized String code() {
        return TraceCode.generate(RANDOM).value();
    }
}
