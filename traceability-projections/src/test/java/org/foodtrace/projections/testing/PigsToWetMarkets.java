package org.foodtrace.projections.testing;

import static org.foodtrace.projections.testing.Fixtures.day;
import static org.foodtrace.projections.testing.Fixtures.head;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.traceCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.shared.Quantity;

/**
 * The pork story as the aggregates record it: a pig farm (region 441702) sends 20 pigs with an animal
 * quarantine certificate to a designated slaughterhouse, which admits them, slaughters them (β-agonist tests
 * negative) into 1,500 kg of pork, splits it into three parts and dispatches from two parts to two wet markets;
 * each market admits its lot with the certificate of record, inspects or sells some.
 */
public final class PigsToWetMarkets {

    public static final String FARM_NAME = "Pinggang Pig Farm";
    public static final String FARM_REGION = "441702";
    public static final String FARM_LICENCE = "GD-YJ-0001";
    public static final String QUARANTINE_CERTIFICATE = "4417020012345";
    public static final String MEAT_CERTIFICATE = "MQ-2026-0001";
    public static final String BUYER = "Walk-in customer 13800138000";

    public final String farm = id();
    public final String slaughterhouse = id();
    public final String marketA = id();
    public final String marketB = id();

    public final String pigs = id();
    public final String pork = id();
    public final String partA = id();
    public final String partB = id();
    public final String partC = id();
    public final String lotA = id();
    public final String lotB = id();

    public final String pigsCode = traceCode();
    public final String porkCode = traceCode();
    public final String partACode = traceCode();
    public final String partBCode = traceCode();
    public final String partCCode = traceCode();
    public final String lotACode = traceCode();
    public final String lotBCode = traceCode();

    private final Certificate meatCertificate = Certificate.meatQuarantine(MEAT_CERTIFICATE, slaughterhouse, day(21));

    public void play(StoredEvents events) {
        registerOperators(events);
        events.batch(pigs,
                new BatchRegistered(pigs, pigsCode, Category.LIVESTOCK, "Live pigs", Species.PIG, head(20), FARM_REGION,
                        day(20), null, "P-2026-1120", null, farm, hour(0)),
                new BatchOriginExited(pigs, new Certificate(CertificateType.ANIMAL_QUARANTINE, QUARANTINE_CERTIFICATE,
                        "Yangdong Animal Health Station", day(21), day(24)), slaughterhouse, head(20), farm, hour(24)),
                new BatchAdmitted(pigs, slaughterhouse, QUARANTINE_CERTIFICATE, hour(28)),
                new BatchSlaughtered(pigs, BetaAgonistTest.allNegative(), MEAT_CERTIFICATE,
                        List.of(new DerivedPart(pork, porkCode, "Pork carcass halves", kg("1500"))), slaughterhouse,
                        hour(30)));
        events.batch(pork,
                child(pork, porkCode, kg("1500"), Derivation.SLAUGHTER, new ParentLink(pigs, head(20)), null,
                        BatchStatus.ADMITTED, hour(30)),
                new BatchSplit(pork, List.of(part(partA, partACode, "600"), part(partB, partBCode, "500"),
                        part(partC, partCCode, "400")), slaughterhouse, hour(32)));
        events.batch(partA, splitPart(partA, partACode, "600"),
                new BatchDispatched(partA, lotA, lotACode, marketA, kg("200"), slaughterhouse, hour(34)));
        events.batch(partB, splitPart(partB, partBCode, "500"),
                new BatchDispatched(partB, lotB, lotBCode, marketB, kg("150"), slaughterhouse, hour(34)));
        events.batch(partC, splitPart(partC, partCCode, "400"));
        events.batch(lotA,
                child(lotA, lotACode, kg("200"), Derivation.DISPATCH, new ParentLink(partA, kg("200")), marketA,
                        BatchStatus.IN_TRANSIT, hour(34)),
                new BatchAdmitted(lotA, marketA, MEAT_CERTIFICATE, hour(36)),
                new BatchInspected(lotA, "I-" + lotA, "clenbuterol", "colloidal gold strip", new BigDecimal("0.1"),
                        "ug/kg", new BigDecimal("0.5"), Verdict.PASS, "S-0001", marketA, hour(36)),
                new BatchSold(lotA, "sale-" + lotA, kg("12.5"), BUYER, marketA, hour(38)));
        events.batch(lotB,
                child(lotB, lotBCode, kg("150"), Derivation.DISPATCH, new ParentLink(partB, kg("150")), marketB,
                        BatchStatus.IN_TRANSIT, hour(34)),
                new BatchAdmitted(lotB, marketB, MEAT_CERTIFICATE, hour(37)),
                new BatchSold(lotB, "sale-" + lotB, kg("30"), BUYER, marketB, hour(39)));
    }

    private void registerOperators(StoredEvents events) {
        events.operator(farm, new OperatorRegistered(farm, FARM_NAME, OperatorKind.FARM, FARM_LICENCE, FARM_REGION,
                false, hour(-48)));
        events.operator(slaughterhouse, new OperatorRegistered(slaughterhouse, "Yangjiang Designated Slaughterhouse",
                OperatorKind.SLAUGHTERHOUSE, "GD-YJ-0101", "441702", true, hour(-48)));
        events.operator(marketA, new OperatorRegistered(marketA, "Dongshan Wet Market", OperatorKind.RETAIL_MARKET,
                "GZ-YX-0201", "440104", false, hour(-48)));
        events.operator(marketB, new OperatorRegistered(marketB, "Shipai Wet Market", OperatorKind.RETAIL_MARKET,
                "GZ-TH-0202", "440106", false, hour(-48)));
    }

    private BatchDerived splitPart(String batchId, String code, String kilograms) {
        return child(batchId, code, kg(kilograms), Derivation.SPLIT, new ParentLink(pork, kg(kilograms)), null,
                BatchStatus.ADMITTED, hour(32));
    }

    private BatchDerived child(String batchId, String code, Quantity quantity, Derivation derivation,
                               ParentLink parent, String destination, BatchStatus status, Instant at) {
        return new BatchDerived(batchId, code, Category.LIVESTOCK, "Pork carcass halves", Species.PIG, quantity,
                derivation, List.of(parent), slaughterhouse, destination, status, meatCertificate, FARM_REGION, farm,
                null, "P-2026-1120", null, at);
    }

    private static DerivedPart part(String batchId, String code, String kilograms) {
        return new DerivedPart(batchId, code, "Pork carcass halves", kg(kilograms));
    }
}
