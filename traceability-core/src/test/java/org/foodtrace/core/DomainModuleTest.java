package org.foodtrace.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.Batch;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.SaleOutcome;
import org.foodtrace.core.batch.SlaughterOutcome;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.chain.ChainAudit;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.OperatorId;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The configured domain on an in-memory event store: commands that touch several batches change all of
 * them in one unit of work, or none.
 */
class DomainModuleTest {

    private static final OperatorProfile FARM = operator(OperatorKind.FARM, false);
    private static final OperatorProfile PROCESSOR = operator(OperatorKind.PROCESSOR, false);
    private static final OperatorProfile MARKET = operator(OperatorKind.WHOLESALE_MARKET, false);
    private static final OperatorProfile RETAILER = operator(OperatorKind.RETAIL_MARKET, false);
    private static final OperatorProfile SLAUGHTERHOUSE = operator(OperatorKind.SLAUGHTERHOUSE, true);
    private static final Instant REGISTERED_AT = Instant.parse("2026-11-21T01:00:00Z");
    private static final Instant EXITED_AT = Instant.parse("2026-11-21T02:00:00Z");
    private static final Instant ADMITTED_AT = Instant.parse("2026-11-22T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-23T02:00:00Z");
    private static final String CERTIFICATE_NUMBER = "GD-CC-2026-0001";

    private final SplittableRandom random = new SplittableRandom(11);
    private final InMemoryDomain domain = new InMemoryDomain();

    @AfterEach
    void tearDown() {
        domain.close();
    }

    @Test
    void aTransformationTakesFromTwoInputsAndCreatesItsOutputsInOneCommand() {
        String paddyA = admitted(Category.GRAIN_OIL, null, kg(600), PROCESSOR);
        String paddyB = admitted(Category.GRAIN_OIL, null, kg(400), PROCESSOR);
        String rice = BatchId.random().value();
        String bran = BatchId.random().value();

        List<String> outputs = domain.send(new TransformBatches("milling-1",
                List.of(new ParentLink(paddyA, kg(600)), new ParentLink(paddyB, kg(150))),
                List.of(output(rice, "Polished rice", kg(520)), output(bran, "Rice bran", kg(100))),
                actor(PROCESSOR), LATER));

        assertThat(outputs).containsExactly(rice, bran);
        assertThat(domain.read(Batch.class, rice, Batch::category)).isEqualTo(Category.GRAIN_OIL);
        assertThat(domain.eventsOf(rice)).hasSize(1).first().satisfies(first -> {
            assertThat(first.getType()).isEqualTo("GrainOilBatch");
            BatchDerived birth = (BatchDerived) first.getPayload();
            assertThat(birth.derivation()).isEqualTo(Derivation.TRANSFORM);
            assertThat(birth.parents()).extracting(ParentLink::batchId).containsExactly(paddyA, paddyB);
            assertThat(birth.status()).isEqualTo(BatchStatus.REGISTERED);
            assertThat(birth.holderOperatorId()).isEqualTo(PROCESSOR.operatorId());
        });
        assertThat(domain.eventsOf(bran)).hasSize(1);
        assertThat(lastPayload(paddyB)).isEqualTo(new BatchTransformed(paddyB, "milling-1", kg(150), List.of(rice, bran),
                PROCESSOR.operatorId(), LATER));
        assertThat(domain.read(Batch.class, paddyA, Batch::category)).isEqualTo(Category.GRAIN_OIL);
    }

    @Test
    void aTransformationWhoseSecondInputIsInsufficientStoresNoEventAtAll() {
        String paddyA = admitted(Category.GRAIN_OIL, null, kg(600), PROCESSOR);
        String paddyB = admitted(Category.GRAIN_OIL, null, kg(400), PROCESSOR);
        int eventsBefore = domain.allEventPayloads().size();

        assertThatThrownBy(() -> domain.send(new TransformBatches("milling-1",
                List.of(new ParentLink(paddyA, kg(600)), new ParentLink(paddyB, kg(401))),
                List.of(output(BatchId.random().value(), "Polished rice", kg(700))), actor(PROCESSOR), LATER)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(RuleCode.INSUFFICIENT_QUANTITY));

        assertThat(domain.allEventPayloads()).hasSize(eventsBefore);
        assertThat(domain.read(Batch.class, paddyA, Batch::category)).isEqualTo(Category.GRAIN_OIL);
    }

    @Test
    void oilseedWeighedInKgMayBecomeOilMeasuredInLitres() {
        String peanuts = admitted(Category.GRAIN_OIL, null, kg(1000), PROCESSOR);
        String oil = BatchId.random().value();

        List<String> outputs = domain.send(new TransformBatches("pressing-1", List.of(new ParentLink(peanuts, kg(1000))),
                List.of(output(oil, "Peanut oil", Quantity.of(420, QuantityUnit.L))), actor(PROCESSOR), LATER));

        assertThat(outputs).containsExactly(oil);
    }

    @Test
    void aDispatchCreatesAChildBatchThatItsDestinationAdmitsOnTheParentsCertificate() {
        String choySum = admitted(Category.VEGETABLE, null, kg(1000), MARKET);
        String child = BatchId.random().value();

        domain.send(new DispatchBatch(choySum, child, traceCode(), RETAILER, kg(100), actor(MARKET), LATER));
        EntryDecision decision = domain.send(new EnterMarket(child, CERTIFICATE_NUMBER, null, actor(RETAILER), LATER));

        assertThat(decision).isEqualTo(EntryDecision.admittedAs(BatchStatus.ADMITTED));
        assertThat(domain.eventsOf(child).get(0).getType()).isEqualTo("VegetableBatch");
        SaleOutcome sale = domain.send(new SellBatch(child, "sale-1", kg(40), null, actor(RETAILER), LATER));
        assertThat(sale.available()).isEqualTo(kg(60));
    }

    @Test
    void slaughterCreatesMeatBatchesHeldByTheSlaughterhouse() {
        String pigs = admitted(Category.LIVESTOCK, Species.PIG, Quantity.of(20, QuantityUnit.HEAD), SLAUGHTERHOUSE);
        DerivedPart carcasses = new DerivedPart(BatchId.random().value(), traceCode(), "Pork carcass halves", kg(1500));

        SlaughterOutcome outcome = domain.send(new SlaughterBatch(pigs, BetaAgonistTest.allNegative(), "MQ-2026-0001",
                List.of(carcasses), actor(SLAUGHTERHOUSE), LATER));

        assertThat(outcome.slaughtered()).isTrue();
        assertThat(domain.eventsOf(carcasses.batchId()).get(0).getType()).isEqualTo("LivestockBatch");
        SaleOutcome sale = domain.send(new SellBatch(carcasses.batchId(), "sale-1", kg(100), null,
                actor(SLAUGHTERHOUSE), LATER));
        assertThat(sale.available()).isEqualTo(kg(1400));
    }

    @Test
    void transformationOutputsAreChainedToEveryInputsHeadAndEveryHistoryVerifies() {
        String paddyA = admitted(Category.GRAIN_OIL, null, kg(600), PROCESSOR);
        String paddyB = admitted(Category.GRAIN_OIL, null, kg(400), PROCESSOR);
        String rice = BatchId.random().value();

        domain.send(new TransformBatches("milling-1",
                List.of(new ParentLink(paddyA, kg(600)), new ParentLink(paddyB, kg(150))),
                List.of(output(rice, "Polished rice", kg(520))), actor(PROCESSOR), LATER));

        ChainAudit.Result first = audit(paddyA);
        ChainAudit.Result second = audit(paddyB);
        ChainAudit.Result output = audit(rice);
        assertThat(List.of(first, second, output)).allMatch(ChainAudit.Result::verified);
        assertThat(output.parentHashes()).containsExactly(first.headHash(), second.headHash());
    }

    @Test
    void slaughterOutputsAreChainedToTheAnimalsHeadAfterTheSlaughter() {
        String pigs = admitted(Category.LIVESTOCK, Species.PIG, Quantity.of(20, QuantityUnit.HEAD), SLAUGHTERHOUSE);
        DerivedPart carcasses = new DerivedPart(BatchId.random().value(), traceCode(), "Pork carcass halves", kg(1500));
        DerivedPart offal = new DerivedPart(BatchId.random().value(), traceCode(), "Pork offal", kg(200));

        domain.send(new SlaughterBatch(pigs, BetaAgonistTest.allNegative(), "MQ-2026-0001",
                List.of(carcasses, offal), actor(SLAUGHTERHOUSE), LATER));

        ChainAudit.Result animals = audit(pigs);
        assertThat(animals.verified()).isTrue();
        assertThat(audit(carcasses.batchId()).parentHashes()).containsExactly(animals.headHash());
        assertThat(audit(offal.batchId()).parentHashes()).containsExactly(animals.headHash());
        assertThat(audit(offal.batchId()).verified()).isTrue();
    }

    private ChainAudit.Result audit(String batchId) {
        return ChainAudit.of(domain.eventsOf(batchId).stream()
                .map(event -> new ChainAudit.Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                        event.getPayload(), event.getTimestamp(), event.getMetaData()))
                .toList());
    }

    private String admitted(Category category, Species species, Quantity quantity, OperatorProfile destination) {
        String id = BatchId.random().value();
        domain.send(new RegisterBatch(id, traceCode(), category, "Product", species, quantity, "441702",
                LocalDate.parse("2026-11-20"), null, null, null, actor(FARM), REGISTERED_AT));
        CertificateType type = category == Category.LIVESTOCK
                ? CertificateType.ANIMAL_QUARANTINE : CertificateType.COMPLIANCE_COMMITMENT;
        domain.send(new ExitOrigin(id, new Certificate(type, CERTIFICATE_NUMBER, "Yangdong Agriculture Bureau",
                LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-30")), destination, actor(FARM), EXITED_AT));
        EntryDecision decision = domain.send(new EnterMarket(id, CERTIFICATE_NUMBER, null, actor(destination),
                ADMITTED_AT));
        assertThat(decision.admitted()).isTrue();
        return id;
    }

    private Object lastPayload(String batchId) {
        List<DomainEventMessage<?>> events = domain.eventsOf(batchId);
        return events.get(events.size() - 1).getPayload();
    }

    private String traceCode() {
        return TraceCode.generate(random).value();
    }

    private static TransformationOutput output(String id, String product, Quantity quantity) {
        return new TransformationOutput(id, TraceCode.generate(new SplittableRandom(id.hashCode())).value(),
                Category.GRAIN_OIL, product, null, quantity, null, null, null);
    }

    private static Quantity kg(long amount) {
        return Quantity.of(amount, QuantityUnit.KG);
    }

    private static Actor actor(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }

    private static OperatorProfile operator(OperatorKind kind, boolean designated) {
        return new OperatorProfile(OperatorId.random().value(), kind, designated);
    }
}
