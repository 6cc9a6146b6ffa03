package org.foodtrace.bench.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.TraceZone;

/**
 * The two supply chains the city is made of, written as the aggregates record them (same events, fields and
 * order as the command handlers apply them):
 * <ul>
 * <li>vegetables (2 batches, 8 events): a farm registers 500 kg, exits with a compliance-commitment certificate to
 * a wholesale market, which admits and inspects it (PASS) and dispatches 200 kg to a retailer; the retailer
 * admits that lot and sells from it. One chain in 100 fails the inspection and is disposed of instead (1 batch,
 * 5 events);</li>
 * <li>pork (6 batches, 17 events): 20 pigs leave a farm with an animal quarantine certificate for a designated
 * slaughterhouse, are admitted and slaughtered (β-agonist tests negative) into 1,500 kg of carcass halves, which
 * are split into 800 + 600 kg; from each part a lot goes to a retailer, which admits it and sells from it (the
 * first lot is also inspected).</li>
 * </ul>
 */
final class SupplyChains {

    /** Receives every seeded batch (for the random look-ups of the trace run). */
    interface Batches {
        void seeded(String batchId, String traceCode);
    }

    private static final String VEGETABLE_TYPE = "VegetableBatch";
    private static final String LIVESTOCK_TYPE = "LivestockBatch";
    private static final List<String> VEGETABLES = List.of("Bok choy", "Choy sum", "Chinese cabbage", "Lettuce",
            "Water spinach", "Tomatoes", "Cucumbers");

    private final City city;
    private final RandomIds ids;
    private final Batches batches;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, ChainHash> heads = new HashMap<>();
    private List<SeedEvent> out;
    private String command;

    SupplyChains(City city, RandomIds ids, Batches batches) {
        this.city = city;
        this.ids = ids;
        this.batches = batches;
    }

    /** Appends one vegetable chain starting at {@code t0}; returns the number of batches it made. */
    int vegetables(long n, Instant t0, List<SeedEvent> events) {
        start(events);
        City.Operator farm = ids.pick(city.vegetableFarms);
        City.Operator market = ids.pick(city.markets);
        City.Operator retailer = ids.pick(city.retailers);
        String product = ids.pick(VEGETABLES);
        String batch = ids.uuid();
        String code = ids.traceCode();
        String lot = "V-" + n;
        LocalDate day = TraceZone.dateOf(t0);
        Certificate certificate = new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-" + n, farm.name(), day,
                day.plusDays(3));

        command();
        emit(VEGETABLE_TYPE, batch, new BatchRegistered(batch, code, Category.VEGETABLE, product, null, kg(500),
                farm.region(), day, null, lot, null, farm.id(), t0), t0);
        batches.seeded(batch, code);
        Instant exit = t0.plus(Duration.ofHours(6));
        command();
        emit(VEGETABLE_TYPE, batch, new BatchOriginExited(batch, certificate, market.id(), kg(500), farm.id(), exit),
                exit);
        Instant entry = t0.plus(Duration.ofHours(10));
        boolean fails = n % 100 == 99;
        command();
        emit(VEGETABLE_TYPE, batch, new BatchAdmitted(batch, market.id(), certificate.number(), entry), entry);
        emit(VEGETABLE_TYPE, batch, new BatchInspected(batch, ids.uuid(), "organophosphate", "enzyme-inhibition",
                fails ? new BigDecimal("62.5") : new BigDecimal("12.5"), "%", new BigDecimal("50"),
                fails ? Verdict.FAIL : Verdict.PASS, "S-" + n, market.id(), entry), entry);
        if (fails) {
            Instant disposal = t0.plus(Duration.ofHours(11));
            command();
            emit(VEGETABLE_TYPE, batch, new BatchDisposed(batch, kg(500), "incineration", "Market food-safety officer",
                    market.id(), disposal), disposal);
            return 1;
        }
        String child = ids.uuid();
        String childCode = ids.traceCode();
        Instant dispatch = t0.plus(Duration.ofHours(12));
        command();
        emit(VEGETABLE_TYPE, batch, new BatchDispatched(batch, child, childCode, retailer.id(), kg(200), market.id(),
                dispatch), dispatch);
        emit(VEGETABLE_TYPE, child, new BatchDerived(child, childCode, Category.VEGETABLE, product, null, kg(200),
                Derivation.DISPATCH, List.of(new ParentLink(batch, kg(200))), market.id(), retailer.id(),
                BatchStatus.IN_TRANSIT, certificate, farm.region(), farm.id(), null, lot, null, dispatch), dispatch);
        batches.seeded(child, childCode);
        Instant admitted = t0.plus(Duration.ofHours(15));
        command();
        emit(VEGETABLE_TYPE, child, new BatchAdmitted(child, retailer.id(), certificate.number(), admitted), admitted);
        Instant sold = t0.plus(Duration.ofHours(16));
        command();
        emit(VEGETABLE_TYPE, child, new BatchSold(child, ids.uuid(), kg("3.5"), "Walk-in customer", retailer.id(),
                sold), sold);
        return 2;
    }

    /** Appends one pork chain starting at {@code t0}; returns the number of batches it made. */
    int pork(long n, Instant t0, List<SeedEvent> events) {
        start(events);
        City.Operator farm = ids.pick(city.pigFarms);
        City.Operator slaughterhouse = ids.pick(city.slaughterhouses);
        String pigs = ids.uuid();
        String pigsCode = ids.traceCode();
        String lot = "P-" + n;
        LocalDate day = TraceZone.dateOf(t0);
        Certificate quarantine = new Certificate(CertificateType.ANIMAL_QUARANTINE, "AQ-" + n,
                "Animal Health Station " + farm.region(), day, day.plusDays(3));

        command();
        emit(LIVESTOCK_TYPE, pigs, new BatchRegistered(pigs, pigsCode, Category.LIVESTOCK, "Live pigs", Species.PIG,
                Quantity.of(20, QuantityUnit.HEAD), farm.region(), day, null, lot, null, farm.id(), t0), t0);
        batches.seeded(pigs, pigsCode);
        Instant exit = t0.plus(Duration.ofHours(8));
        command();
        emit(LIVESTOCK_TYPE, pigs, new BatchOriginExited(pigs, quarantine, slaughterhouse.id(),
                Quantity.of(20, QuantityUnit.HEAD), farm.id(), exit), exit);
        Instant admitted = t0.plus(Duration.ofHours(12));
        command();
        emit(LIVESTOCK_TYPE, pigs, new BatchAdmitted(pigs, slaughterhouse.id(), quarantine.number(), admitted),
                admitted);

        String pork = ids.uuid();
        String porkCode = ids.traceCode();
        String product = "Pork carcass halves";
        Instant slaughtered = t0.plus(Duration.ofHours(14));
        Certificate meat = Certificate.meatQuarantine("MQ-" + n, slaughterhouse.id(), TraceZone.dateOf(slaughtered));
        command();
        emit(LIVESTOCK_TYPE, pigs, new BatchSlaughtered(pigs, BetaAgonistTest.allNegative(), meat.number(),
                List.of(new DerivedPart(pork, porkCode, product, kg(1500))), slaughterhouse.id(), slaughtered),
                slaughtered);
        emit(LIVESTOCK_TYPE, pork, porkPart(pork, porkCode, kg(1500), Derivation.SLAUGHTER,
                new ParentLink(pigs, Quantity.of(20, QuantityUnit.HEAD)), slaughterhouse, null, BatchStatus.ADMITTED,
                meat, farm, lot, slaughtered), slaughtered);
        batches.seeded(pork, porkCode);

        String[] parts = {ids.uuid(), ids.uuid()};
        String[] partCodes = {ids.traceCode(), ids.traceCode()};
        Quantity[] partQuantities = {kg(800), kg(600)};
        Instant split = t0.plus(Duration.ofHours(15));
        command();
        emit(LIVESTOCK_TYPE, pork, new BatchSplit(pork, List.of(
                new DerivedPart(parts[0], partCodes[0], product, partQuantities[0]),
                new DerivedPart(parts[1], partCodes[1], product, partQuantities[1])), slaughterhouse.id(), split), split);
        for (int i = 0; i < 2; i++) {
            emit(LIVESTOCK_TYPE, parts[i], porkPart(parts[i], partCodes[i], partQuantities[i], Derivation.SPLIT,
                    new ParentLink(pork, partQuantities[i]), slaughterhouse, null, BatchStatus.ADMITTED, meat, farm,
                    lot, split), split);
            batches.seeded(parts[i], partCodes[i]);
        }
        for (int i = 0; i < 2; i++) {
            City.Operator retailer = ids.pick(city.retailers);
            String stallLot = ids.uuid();
            String stallCode = ids.traceCode();
            Quantity sent = kg(i == 0 ? 200 : 150);
            Instant dispatched = t0.plus(Duration.ofHours(16 + i));
            command();
            emit(LIVESTOCK_TYPE, parts[i], new BatchDispatched(parts[i], stallLot, stallCode, retailer.id(), sent,
                    slaughterhouse.id(), dispatched), dispatched);
            emit(LIVESTOCK_TYPE, stallLot, porkPart(stallLot, stallCode, sent, Derivation.DISPATCH,
                    new ParentLink(parts[i], sent), slaughterhouse, retailer.id(), BatchStatus.IN_TRANSIT, meat, farm,
                    lot, dispatched), dispatched);
            batches.seeded(stallLot, stallCode);
            Instant entry = t0.plus(Duration.ofHours(19 + i));
            command();
            emit(LIVESTOCK_TYPE, stallLot, new BatchAdmitted(stallLot, retailer.id(), meat.number(), entry), entry);
            if (i == 0) {
                command();
                emit(LIVESTOCK_TYPE, stallLot, new BatchInspected(stallLot, ids.uuid(), "clenbuterol",
                        "colloidal gold strip", new BigDecimal("0.1"), "ug/kg", new BigDecimal("0.5"), Verdict.PASS,
                        "S-" + n, retailer.id(), entry), entry);
            }
            Instant sold = t0.plus(Duration.ofHours(21 + i));
            command();
            emit(LIVESTOCK_TYPE, stallLot, new BatchSold(stallLot, ids.uuid(), kg("12.5"), "Walk-in customer",
                    retailer.id(), sold), sold);
        }
        return 6;
    }

    private static BatchDerived porkPart(String batch, String code, Quantity quantity, Derivation derivation,
                                         ParentLink parent, City.Operator holder, String destination,
                                         BatchStatus status, Certificate meat, City.Operator farm, String lot,
                                         Instant at) {
        return new BatchDerived(batch, code, Category.LIVESTOCK, "Pork carcass halves", Species.PIG, quantity,
                derivation, List.of(parent), holder.id(), destination, status, meat, farm.region(), farm.id(), null,
                lot, null, at);
    }

    private void start(List<SeedEvent> events) {
        out = events;
        sequences.clear();
        heads.clear();
    }

    private void command() {
        command = ids.uuid();
    }

    /** Appends the event chained as the aggregate chains it: to the batch's head, a child's birth to its parents'. */
    private void emit(String type, String aggregateId, Object payload, Instant at) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        List<ChainHash> parents = payload instanceof BatchDerived birth
                ? birth.parents().stream().map(parent -> heads.get(parent.batchId())).toList() : List.of();
        ChainLink link = ChainLink.next(heads.get(aggregateId), parents, payload);
        heads.put(aggregateId, link.hash());
        out.add(new SeedEvent(type, aggregateId, sequence, payload, at, command, link.metaData()));
    }

    private static Quantity kg(long amount) {
        return Quantity.of(amount, QuantityUnit.KG);
    }

    private static Quantity kg(String amount) {
        return Quantity.of(amount, QuantityUnit.KG);
    }
}
