package org.foodtrace.bench;

import java.time.Instant;

import org.foodtrace.bench.app.CpuMeter;

/** One timed step of the run, with where the machine's CPU went meanwhile. */
public record Phase(String name, Instant start, Instant end, CpuMeter.Usage cpu) {

    public double seconds() {
        return (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
    }
}
