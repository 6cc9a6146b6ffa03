package org.foodtrace.core.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.trace.TraceCode;

/** Operators, dates, ids and certificates shared by the batch specifications. */
final class TestData {

    static final OperatorProfile FARM = profile(1, OperatorKind.FARM, false);
    static final OperatorProfile MARKET = profile(2, OperatorKind.WHOLESALE_MARKET, false);
    static final OperatorProfile OTHER_MARKET = profile(3, OperatorKind.RETAIL_MARKET, false);
    static final OperatorProfile SLAUGHTERHOUSE = profile(4, OperatorKind.SLAUGHTERHOUSE, true);
    static final OperatorProfile UNDESIGNATED_SLAUGHTERHOUSE = profile(5, OperatorKind.SLAUGHTERHOUSE, false);
    static final OperatorProfile PROCESSOR = profile(6, OperatorKind.PROCESSOR, false);
    static final OperatorProfile FACTORY = profile(7, OperatorKind.MANUFACTURER, false);
    static final OperatorProfile SUPERMARKET = profile(8, OperatorKind.SUPERMARKET, false);

    static final String BATCH = id(100);
    static final String CHILD = id(101);
    static final String CHILD_2 = id(102);
    static final String OTHER_BATCH = id(103);

    /** 2026-11-21 10:00 in Shanghai. */
    static final Instant EXIT_TIME = Instant.parse("2026-11-21T02:00:00Z");
    static final Instant REGISTRATION_TIME = EXIT_TIME.minusSeconds(3600);
    /** 2026-11-22 08:00 in Shanghai. */
    static final Instant ENTRY_TIME = Instant.parse("2026-11-22T00:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate PRODUCED_ON = LocalDate.parse("2026-11-20");
    static final LocalDate CERTIFICATE_ISSUED_ON = LocalDate.parse("2026-11-21");
    static final LocalDate CERTIFICATE_VALID_UNTIL = LocalDate.parse("2026-11-24");
    static final String REGION = "441702";
    static final String CERTIFICATE_NUMBER = "4417020012345";

    private TestData() {
    }

    static Actor actor(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }

    static Actor suspended(OperatorProfile operator) {
        return Actor.operator(operator, true);
    }

    static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    static String traceCode(int seed) {
        return TraceCode.generate(new SplittableRandom(seed)).value();
    }

    static Quantity kg(long amount) {
        return Quantity.of(amount, QuantityUnit.KG);
    }

    static Quantity head(long amount) {
        return Quantity.of(amount, QuantityUnit.HEAD);
    }

    static Quantity units(long amount) {
        return Quantity.of(amount, QuantityUnit.UNIT);
    }

    static Quantity litres(long amount) {
        return Quantity.of(amount, QuantityUnit.L);
    }

    static Certificate certificate(CertificateType type) {
        return new Certificate(type, CERTIFICATE_NUMBER, "Yangdong Animal Health Station", CERTIFICATE_ISSUED_ON,
                CERTIFICATE_VALID_UNTIL);
    }

    static CertificateType certificateFor(Category category) {
        return BatchFactory.blank(category).requiredCertificate();
    }

    private static OperatorProfile profile(int n, OperatorKind kind, boolean designated) {
        return new OperatorProfile(id(n), kind, designated);
    }
}
