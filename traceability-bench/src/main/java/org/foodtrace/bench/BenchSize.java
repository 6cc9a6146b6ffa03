package org.foodtrace.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big one run is: the seeded city and how long each load phase lasts. {@code full} is the measured run
 * (about 20 minutes on 2 cores), {@code smoke} the same code at a size that fits in a test.
 *
 * @param batches           batches seeded into the event store (with their lineage)
 * @param concurrencies     connections of the ingest runs, each beside a pgbench run at the same concurrency
 * @param ingestRun         length of each measured ingest run (HTTP, then pgbench)
 * @param warmUp            un-measured load before the first ingest run and before the trace runs
 * @param traceRun          length of the trace and trivial GET runs
 * @param traceConnections  connections of the trace, trivial GET and JDBC look-up runs
 * @param lagRun            length of the sustained-ingest run whose projection lag is measured
 * @param lagConnections    connections of that run
 * @param lagPauseMillis    pause of each connection between two commands in that run (steady, not saturating)
 * @param replayTimeout     how long the read models may take to catch up before the run gives up
 * @param codeSample        seeded trace codes (and batch ids) kept for random look-ups
 */
public record BenchSize(String name, int farms, int slaughterhouses, int markets, int retailers, int batches,
                        List<Integer> concurrencies, Duration ingestRun, Duration warmUp, Duration traceRun,
                        int traceConnections, Duration lagRun, int lagConnections, int lagPauseMillis,
                        Duration replayTimeout, int codeSample) {

    public static final BenchSize SMOKE = new BenchSize("smoke", 20, 2, 4, 10, 2_000,
            List.of(1, 4), Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
            Duration.ofSeconds(5), 2, 50, Duration.ofMinutes(10), 2_000);

    public static final BenchSize FULL = new BenchSize("full", 200, 5, 20, 100, 1_000_000,
            List.of(1, 4, 8, 16), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30), 8,
            Duration.ofSeconds(60), 4, 40, Duration.ofMinutes(240), 100_000);

    public static BenchSize named(String name) {
        return switch (name) {
            case "smoke" -> SMOKE;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("bench.size is smoke or full, not " + name);
        };
    }

    /** The same run with another number of batches ({@code -Dbench.batches=...}), e.g. to find what fits. */
    public BenchSize withBatches(int count) {
        return new BenchSize(name, farms, slaughterhouses, markets, retailers, count, concurrencies, ingestRun,
                warmUp, traceRun, traceConnections, lagRun, lagConnections, lagPauseMillis, replayTimeout,
                Math.min(codeSample, count));
    }
}
