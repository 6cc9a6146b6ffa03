package org.foodtrace.projections.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.trace.TraceCode;

/** Fresh ids, trace codes and quantities for test stories. */
public final class Fixtures {

    private static final Random RANDOM = new Random();

    private Fixtures() {
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public static synchronized String traceCode() {
        return TraceCode.generate(RANDOM).value();
    }

    public static Quantity kg(String amount) {
        return Quantity.of(amount, QuantityUnit.KG);
    }

    public static Quantity head(long amount) {
        return Quantity.of(amount, QuantityUnit.HEAD);
    }

    public static Quantity units(long amount) {
        return Quantity.of(amount, QuantityUnit.UNIT);
    }

    /** The story clock: 2026-11-20 09:00 in Shanghai plus the given hours. */
    public static Instant hour(int hours) {
        return Instant.parse("2026-11-20T01:00:00Z").plusSeconds(hours * 3600L);
    }

    public static LocalDate day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember);
    }
}
