package org.foodtrace.api.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;

/**
 * An event store in memory with a realistic lineage recorded the way the aggregates record it, for testing
 * the exports without a database: 20 pigs from a farm, slaughtered into carcass halves, split into two lots
 * for two market stalls, each dispatched, admitted and sold from; infant formula with a GTIN dispatched to a
 * supermarket and sold; paddy from two farms milled into rice; spinach rejected, inspected and disposed of.
 */
final class InMemoryLineage implements EventHistory {

    static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    private final Map<String, List<RecordedEvent>> store = new HashMap<>();
    private final java.util.Random random = new java.util.Random(7);

    final String farm = operator("平岗养猪场 Pinggang Pig Farm", OperatorKind.FARM, "441702");
    final String slaughterhouse = operator("阳江定点屠宰场", OperatorKind.SLAUGHTERHOUSE, "441702");
    final String wholesale = operator("江城批发市场", OperatorKind.WHOLESALE_MARKET, "441702");
    final String stallA = operator("东门菜市场 A 档", OperatorKind.RETAIL_MARKET, "441702");
    final String stallB = operator("=HYPERLINK(\"x\") 西门档", OperatorKind.RETAIL_MARKET, "441704");
    final String factory = operator("Dairy Factory", OperatorKind.MANUFACTURER, "440300");
    final String supermarket = operator("华润万家 Supermarket", OperatorKind.SUPERMARKET, "441702");
    final String paddyFarmA = operator("稻农 A", OperatorKind.FARM, "441721");
    final String paddyFarmB = operator("稻农 B", OperatorKind.FARM, "441723");
    final String mill = operator("米厂 Rice Mill", OperatorKind.PROCESSOR, "441702");

    final String pigs = UUID.randomUUID().toString();
    final String carcass = UUID.randomUUID().toString();
    final String partA = UUID.randomUUID().toString();
    final String partB = UUID.randomUUID().toString();
    final String toStallA = UUID.randomUUID().toString();
    final String toStallB = UUID.randomUUID().toString();
    final String formula = UUID.randomUUID().toString();
    final String formulaToSupermarket = UUID.randomUUID().toString();
    final String paddyA = UUID.randomUUID().toString();
    final String paddyB = UUID.randomUUID().toString();
    final String rice = UUID.randomUUID().toString();
    final String spinach = UUID.randomUUID().toString();

    final String transformationId = UUID.randomUUID().toString();
    final String recallId = UUID.randomUUID().toString();

    final Map<String, String> codes = new HashMap<>();

    InMemoryLineage() {
        Certificate quarantine = new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417020012345",
                "阳东动物卫生监督所", LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-24"));
        register(pigs, Category.LIVESTOCK, "生猪 Live pigs", Species.PIG, Quantity.of(20, QuantityUnit.HEAD), null,
                "P-2026-1120", null, farm, 0);
        record(pigs, new BatchOriginExited(pigs, quarantine, slaughterhouse, Quantity.of(20, QuantityUnit.HEAD), farm,
                at(60)));
        record(pigs, new BatchAdmitted(pigs, slaughterhouse, "4417020012345", at(300)));
        Certificate meat = Certificate.meatQuarantine("MQ-2026-0001", slaughterhouse, LocalDate.parse("2026-11-20"));
        DerivedPart halves = part(carcass, "猪白条 Pork carcass halves", "1500", QuantityUnit.KG);
        record(pigs, new BatchSlaughtered(pigs, BetaAgonistTest.allNegative(), "MQ-2026-0001", List.of(halves),
                slaughterhouse, at(400)));
        derive(halves, Category.LIVESTOCK, Species.PIG, Derivation.SLAUGHTER,
                List.of(new ParentLink(pigs, Quantity.of(20, QuantityUnit.HEAD))), slaughterhouse, null,
                BatchStatus.ADMITTED, meat, null, null, null, farm, 400);
        record(carcass, new BatchInspected(carcass, "insp-1", "clenbuterol", "colloidal gold", java.math.BigDecimal.ZERO,
                "µg/kg", new java.math.BigDecimal("0.5"), Verdict.PASS, "S-001", "regulator", at(450)));
        DerivedPart a = part(partA, "猪白条 Pork carcass halves", "600", QuantityUnit.KG);
        DerivedPart b = part(partB, "猪白条 Pork carcass halves", "500", QuantityUnit.KG);
        record(carcass, new BatchSplit(carcass, List.of(a, b), slaughterhouse, at(500)));
        derive(a, Category.LIVESTOCK, Species.PIG, Derivation.SPLIT,
                List.of(new ParentLink(carcass, a.quantity())), slaughterhouse, null, BatchStatus.ADMITTED, meat,
                null, null, null, farm, 500);
        derive(b, Category.LIVESTOCK, Species.PIG, Derivation.SPLIT,
                List.of(new ParentLink(carcass, b.quantity())), slaughterhouse, null, BatchStatus.ADMITTED, meat,
                null, null, null, farm, 500);
        dispatch(partA, toStallA, "猪白条 Pork carcass halves", Quantity.of(600, QuantityUnit.KG), slaughterhouse, stallA,
                meat, Category.LIVESTOCK, Species.PIG, null, null, null, farm, 600);
        dispatch(partB, toStallB, "猪白条 Pork carcass halves", Quantity.of(500, QuantityUnit.KG), slaughterhouse, stallB,
                meat, Category.LIVESTOCK, Species.PIG, null, null, null, farm, 600);
        record(toStallA, new MisdirectedEntryAttempted(toStallA, stallB, stallA, at(700)));
        record(toStallA, new BatchAdmitted(toStallA, stallA, "MQ-2026-0001", at(720)));
        record(toStallB, new BatchAdmitted(toStallB, stallB, "MQ-2026-0001", at(730)));
        record(toStallA, new BatchSold(toStallA, "sale-A1", Quantity.of("2.5", QuantityUnit.KG), null, stallA, at(800)));
        record(toStallB, new BatchSold(toStallB, "sale-B1", Quantity.of(3, QuantityUnit.KG), "张三 食堂", stallB,
                at(800)));

        Certificate factoryCheck = new Certificate(CertificateType.FACTORY_INSPECTION, "FI-2026/11 #7", "QA 检验室",
                LocalDate.parse("2026-11-19"), LocalDate.parse("2027-11-19"));
        register(formula, Category.INFANT_FORMULA, "婴儿配方奶粉 Stage 1 800g", null, Quantity.of(1000, QuantityUnit.UNIT),
                "06901234567892", "L2026/11A", LocalDate.parse("2028-05-31"), factory, 10);
        record(formula, new BatchOriginExited(formula, factoryCheck, wholesale, Quantity.of(1000, QuantityUnit.UNIT),
                factory, at(70)));
        record(formula, new BatchAdmitted(formula, wholesale, "FI-2026/11 #7", at(200)));
        dispatch(formula, formulaToSupermarket, "婴儿配方奶粉 Stage 1 800g", Quantity.of(240, QuantityUnit.UNIT),
                wholesale, supermarket, factoryCheck, Category.INFANT_FORMULA, null, "06901234567892", "L2026/11A",
                LocalDate.parse("2028-05-31"), factory, 650);
        record(formulaToSupermarket, new BatchAdmitted(formulaToSupermarket, supermarket, "FI-2026/11 #7", at(900)));
        record(formulaToSupermarket, new BatchSold(formulaToSupermarket, "sale-F1", Quantity.of(2, QuantityUnit.UNIT),
                null, supermarket, at(1000)));
        record(formulaToSupermarket, new BatchSold(formulaToSupermarket, "sale-F2", Quantity.of(1, QuantityUnit.UNIT),
                wholesale, supermarket, at(1010)));
        record(formulaToSupermarket, new BatchRecalled(formulaToSupermarket, recallId, "阪崎肠杆菌 suspected",
                RecallLevel.I, supermarket, Quantity.of(237, QuantityUnit.UNIT), Quantity.of(3, QuantityUnit.UNIT),
                at(1100), List.of()));
        record(formulaToSupermarket, new BatchDisposed(formulaToSupermarket, Quantity.of(237, QuantityUnit.UNIT),
                "incineration", "市场监管所 王五", supermarket, at(1200)));

        register(paddyA, Category.GRAIN_OIL, "稻谷 Paddy", null, Quantity.of(2000, QuantityUnit.KG), null, null, null,
                paddyFarmA, 20);
        register(paddyB, Category.GRAIN_OIL, "稻谷 Paddy", null, Quantity.of(1000, QuantityUnit.KG), null, null, null,
                paddyFarmB, 25);
        Quantity fromA = Quantity.of(1500, QuantityUnit.KG);
        Quantity fromB = Quantity.of(1000, QuantityUnit.KG);
        record(paddyA, new BatchTransformed(paddyA, transformationId, fromA, List.of(rice), mill, at(1300)));
        record(paddyB, new BatchTransformed(paddyB, transformationId, fromB, List.of(rice), mill, at(1300)));
        derive(new DerivedPart(rice, code(rice), "大米 Rice", Quantity.of(1750, QuantityUnit.KG)), Category.GRAIN_OIL,
                null, Derivation.TRANSFORM, List.of(new ParentLink(paddyA, fromA), new ParentLink(paddyB, fromB)), mill,
                null, BatchStatus.REGISTERED, null, null, null, null, mill, 1300);

        register(spinach, Category.VEGETABLE, "菠菜 Spinach", null, Quantity.of(80, QuantityUnit.KG), null, null, null,
                paddyFarmA, 30);
        Certificate commitment = new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-0001", "稻农 A",
                LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-27"));
        record(spinach, new BatchOriginExited(spinach, commitment, wholesale, Quantity.of(80, QuantityUnit.KG),
                paddyFarmA, at(90)));
        record(spinach, new BatchRejected(spinach, wholesale, RuleCode.CERTIFICATE_MISMATCH, "CC-9999", at(180)));
        record(spinach, new BatchInspected(spinach, "insp-2", "organophosphate", "enzyme-inhibition",
                new java.math.BigDecimal("62.0"), "%", new java.math.BigDecimal("50.0"), Verdict.FAIL, "S-2", "regulator",
                at(190)));
        record(spinach, new BatchDisposed(spinach, Quantity.of(80, QuantityUnit.KG), "无害化处理 burial", null, paddyFarmA,
                at(240)));
    }

    @Override
    public List<RecordedEvent> read(String aggregateId) {
        return List.copyOf(store.getOrDefault(aggregateId, List.of()));
    }

    /** Every recorded event, each aggregate's in sequence order. */
    Map<String, List<RecordedEvent>> all() {
        return Map.copyOf(store);
    }

    LineageHistoryReader reader() {
        return new LineageHistoryReader(this, new EventStoreOperatorNames(this));
    }

    LineageHistory lineageOf(String batchId) {
        return reader().read(batchId).orElseThrow();
    }

    String code(String batchId) {
        return codes.computeIfAbsent(batchId, id -> {
            StringBuilder payload = new StringBuilder();
            String symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
            for (int i = 0; i < 15; i++) {
                payload.append(symbols.charAt(random.nextInt(32)));
            }
            for (char check : symbols.toCharArray()) {
                try {
                    return TraceCode.parse(payload.toString() + check).value();
                } catch (RuntimeException wrongCheck) {
                    // try the next check character
                }
            }
            throw new IllegalStateException("no check character");
        });
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private String operator(String name, OperatorKind kind, String region) {
        String id = UUID.randomUUID().toString();
        record(id, new OperatorRegistered(id, name, kind, "LIC-" + region, region,
                kind == OperatorKind.SLAUGHTERHOUSE, T0.minusSeconds(86_400)));
        return id;
    }

    private DerivedPart part(String batchId, String product, String amount, QuantityUnit unit) {
        return new DerivedPart(batchId, code(batchId), product, Quantity.of(amount, unit));
    }

    private void register(String batchId, Category category, String product, Species species, Quantity quantity,
                          String gtin, String lot, LocalDate expiresOn, String producer, int minutes) {
        record(batchId, new BatchRegistered(batchId, code(batchId), category, product, species, quantity, "441702",
                LocalDate.parse("2026-11-19"), gtin, lot, expiresOn, producer, at(minutes)));
    }

    private void derive(DerivedPart part, Category category, Species species, Derivation derivation,
                        List<ParentLink> parents, String holder, String destination, BatchStatus status,
                        Certificate certificate, String gtin, String lot, LocalDate expiresOn, String producer,
                        int minutes) {
        record(part.batchId(), new BatchDerived(part.batchId(), part.traceCode(), category, part.product(), species,
                part.quantity(), derivation, parents, holder, destination, status, certificate, "441702", producer,
                gtin, lot, expiresOn, at(minutes)));
    }

    private void dispatch(String parent, String child, String product, Quantity quantity, String from, String to,
                          Certificate certificate, Category category, Species species, String gtin, String lot,
                          LocalDate expiresOn, String producer, int minutes) {
        record(parent, new BatchDispatched(parent, child, code(child), to, quantity, from, at(minutes)));
        derive(new DerivedPart(child, code(child), product, quantity), category, species, Derivation.DISPATCH,
                List.of(new ParentLink(parent, quantity)), from, to, BatchStatus.IN_TRANSIT, certificate, gtin, lot,
                expiresOn, producer, minutes);
    }

    private void record(String aggregateId, Object payload) {
        List<RecordedEvent> events = store.computeIfAbsent(aggregateId, id -> new ArrayList<>());
        events.add(new RecordedEvent(UUID.randomUUID().toString(), aggregateId, events.size(),
                RecordedEvent.actTime(payload), payload));
    }
}
