package org.foodtrace.api.web.chart;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** One named series of values by day (days without a value are absent, not zero). */
public record Series(String name, Map<LocalDate, Double> values) {

    public Series {
        values = new TreeMap<>(values);
    }
}
