package org.foodtrace.projections.testing;

import static org.foodtrace.projections.testing.Fixtures.day;
import static org.foodtrace.projections.testing.Fixtures.head;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.traceCode;
import static org.foodtrace.projections.testing.Fixtures.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.TestResult;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.RuleCode;

/**
 * Every batch and operator event the pork story does not use, each in a short story of its own: a misdirected
 * and then refused delivery, a failed rapid test and disposal, a sell-out, paddy milled into rice (with a GTIN),
 * infant formula sold and recalled, cattle held after a positive β-agonist test, a suspension and reinstatement.
 */
public final class SideStories {

    public static final String FORMULA_GTIN = "06901234567892";
    public static final String FORMULA_LOT = "IF-2026-11A";
    public static final String RICE_GTIN = "06901234567816";
    public static final String RICE_LOT = "R-2026-11";

    public final String cooperative = id();
    public final String wholesale = id();
    public final String supermarket = id();
    public final String mill = id();
    public final String factory = id();
    public final String cattleFarm = id();
    public final String slaughterhouse = id();

    public final String refusedGreens = id();
    public final String heldCabbage = id();
    public final String soldOutCucumbers = id();
    public final String paddy = id();
    public final String rice = id();
    public final String formula = id();
    public final String cattle = id();

    public final String refusedGreensCode = traceCode();
    public final String riceCode = traceCode();
    public final String paddyCode = traceCode();

    public void play(StoredEvents events) {
        registerOperators(events);
        refusedAtEntry(events);
        heldAndDisposed(events);
        soldOut(events);
        milledIntoRice(events);
        recalledFormula(events);
        heldCattle(events);
        events.operator(wholesale, new OperatorSuspended(wholesale, "sold unlabelled produce", hour(50)),
                new OperatorReinstated(wholesale, hour(60)));
    }

    private void refusedAtEntry(StoredEvents events) {
        events.batch(refusedGreens, vegetables(refusedGreens, refusedGreensCode, "Choy sum", kg("800")),
                exitTo(refusedGreens, cooperative, wholesale, kg("800"),
                        CertificateType.COMPLIANCE_COMMITMENT, "CC-0001"),
                new MisdirectedEntryAttempted(refusedGreens, supermarket, wholesale, hour(3)),
                new BatchRejected(refusedGreens, wholesale, RuleCode.CERTIFICATE_MISMATCH, "CC-9999", hour(4)));
    }

    private void heldAndDisposed(StoredEvents events) {
        events.batch(heldCabbage, vegetables(heldCabbage, traceCode(), "Chinese cabbage", kg("500")),
                exitTo(heldCabbage, cooperative, wholesale, kg("500"),
                        CertificateType.COMPLIANCE_COMMITMENT, "CC-0002"),
                new BatchAdmitted(heldCabbage, wholesale, "CC-0002", hour(3)),
                new BatchInspected(heldCabbage, "I-" + heldCabbage, "organophosphate", "enzyme-inhibition",
                        new BigDecimal("62.0"), "%", new BigDecimal("50.0"), Verdict.FAIL, "S-2", wholesale, hour(4)),
                new BatchDisposed(heldCabbage, kg("500"), "incineration", "Inspector Li", wholesale, hour(6)));
    }

    private void soldOut(StoredEvents events) {
        events.batch(soldOutCucumbers, vegetables(soldOutCucumbers, traceCode(), "Cucumbers", kg("100")),
                exitTo(soldOutCucumbers, cooperative, wholesale, kg("100"),
                        CertificateType.COMPLIANCE_COMMITMENT, "CC-0003"),
                new BatchAdmitted(soldOutCucumbers, wholesale, "CC-0003", hour(3)),
                new BatchSold(soldOutCucumbers, "sale-1", kg("60"), null, wholesale, hour(4)),
                new BatchSold(soldOutCucumbers, "sale-2", kg("40"), "Canteen No. 3", wholesale, hour(5)));
    }

    private void milledIntoRice(StoredEvents events) {
        events.batch(paddy,
                new BatchRegistered(paddy, paddyCode, Category.GRAIN_OIL, "Paddy", null, kg("10000"), "440111",
                        day(18), null, null, null, cooperative, hour(0)),
                exitTo(paddy, cooperative, mill, kg("10000"), CertificateType.COMPLIANCE_COMMITMENT, "CC-0004"),
                new BatchAdmitted(paddy, mill, "CC-0004", hour(5)),
                new BatchTransformed(paddy, "T-" + paddy, kg("10000"), List.of(rice), mill, hour(8)));
        events.batch(rice, new BatchDerived(rice, riceCode, Category.GRAIN_OIL, "Polished rice", null, kg("7000"),
                Derivation.TRANSFORM, List.of(new ParentLink(paddy, kg("10000"))), mill, null, BatchStatus.REGISTERED,
                null, null, mill, RICE_GTIN, RICE_LOT, LocalDate.of(2027, 11, 20), hour(8)));
    }

    private void recalledFormula(StoredEvents events) {
        events.batch(formula,
                new BatchRegistered(formula, traceCode(), Category.INFANT_FORMULA, "Infant formula stage 1", null,
                        units(1000), "440115", day(10), FORMULA_GTIN, FORMULA_LOT, LocalDate.of(2028, 5, 31), factory,
                        hour(0)),
                exitTo(formula, factory, supermarket, units(1000), CertificateType.FACTORY_INSPECTION, "FI-0005"),
                new BatchAdmitted(formula, supermarket, "FI-0005", hour(4)),
                new BatchSold(formula, "sale-3", units(100), null, supermarket, hour(5)),
                new BatchRecalled(formula, "recall-" + formula, "melamine found in sampling", RecallLevel.I,
                        supermarket, units(900), units(100), hour(9), List.of()));
    }

    private void heldCattle(StoredEvents events) {
        events.batch(cattle,
                new BatchRegistered(cattle, traceCode(), Category.LIVESTOCK, "Beef cattle", Species.CATTLE, head(5),
                        "440183", day(19), null, null, null, cattleFarm, hour(0)),
                exitTo(cattle, cattleFarm, slaughterhouse, head(5), CertificateType.ANIMAL_QUARANTINE, "4401830000001"),
                new BatchAdmitted(cattle, slaughterhouse, "4401830000001", hour(5)),
                new BetaAgonistTestFailed(cattle, new BetaAgonistTest(TestResult.POSITIVE, TestResult.NEGATIVE,
                        TestResult.NEGATIVE), slaughterhouse, hour(6)));
    }

    private void registerOperators(StoredEvents events) {
        operator(events, cooperative, "Baiyun Vegetable Cooperative", OperatorKind.FARM, "440111", false);
        operator(events, wholesale, "Jiangnan Wholesale Market", OperatorKind.WHOLESALE_MARKET, "440111", false);
        operator(events, supermarket, "Tianhe Supermarket", OperatorKind.SUPERMARKET, "440106", false);
        operator(events, mill, "Zengcheng Rice Mill", OperatorKind.PROCESSOR, "440113", false);
        operator(events, factory, "Huangpu Dairy Factory", OperatorKind.MANUFACTURER, "440115", false);
        operator(events, cattleFarm, "Conghua Cattle Farm", OperatorKind.FARM, "440183", false);
        operator(events, slaughterhouse, "Conghua Slaughterhouse", OperatorKind.SLAUGHTERHOUSE, "440183", true);
    }

    private static void operator(StoredEvents events, String operatorId, String name, OperatorKind kind,
                                 String region, boolean designated) {
        events.operator(operatorId, new OperatorRegistered(operatorId, name, kind, "LIC-" + operatorId.substring(0, 8),
                region, designated, hour(-48)));
    }

    private BatchRegistered vegetables(String batchId, String code, String product, Quantity quantity) {
        return new BatchRegistered(batchId, code, Category.VEGETABLE, product, null, quantity, "440111",
                day(20), null, null, null, cooperative, hour(0));
    }

    private static BatchOriginExited exitTo(String batchId, String producer, String destination, Quantity quantity,
                                            CertificateType type, String number) {
        return new BatchOriginExited(batchId, new Certificate(type, number, "Issuer of " + number, day(20), day(27)),
                destination, quantity, producer, hour(2));
    }
}
