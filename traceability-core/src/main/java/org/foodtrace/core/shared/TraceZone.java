package org.foodtrace.core.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Date rules (certificate validity, expiry) are judged on the calendar of China Standard Time. */
public final class TraceZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TraceZone() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
