package org.foodtrace.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.foodtrace.bench.app.GcLog;
import org.foodtrace.bench.app.JfrHotspots;
import org.foodtrace.bench.app.ReadModelRebuild;
import org.foodtrace.bench.app.ReplayWatch;
import org.foodtrace.bench.load.JdbcLookup;
import org.foodtrace.bench.load.LagProbe;
import org.foodtrace.bench.load.PgBench;
import org.foodtrace.bench.load.Wrk;
import org.foodtrace.bench.seed.SeedFidelity;
import org.foodtrace.bench.seed.Seeder;

/** Everything one run measured; written as results.json and rendered into the report. */
public final class Results {

    /** One concurrency of the ingest comparison. */
    public record Ingest(int connections, Wrk.Result http, PgBench.Result baseline, Phase httpPhase,
                         Phase baselinePhase) {
        public double ratio() {
            return http.requestsPerSecond() / baseline.transactionsPerSecond();
        }

        public long refused() {
            return http.counters().entrySet().stream().filter(e -> e.getKey().startsWith("failed_"))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * Command ingest with a second node on the same database: each node gets half of the connections of the last
     * one-node run, at the same time; {@code oneNode} is that one-node run's commands/s.
     */
    public record TwoNodes(int connections, double oneNode, Wrk.Result first, Wrk.Result second) {
        public double combined() {
            return first.requestsPerSecond() + second.requestsPerSecond();
        }

        public double ratio() {
            return combined() / oneNode;
        }
    }

    /** The heap of the measured service process. */
    public record Heap(long peakUsedMiB, long peakAfterGcMiB, long maxCommittedMiB, String maxHeap,
                       double gcPauseSeconds, Map<String, Long> peakUsedByPhaseMiB,
                       List<GcLog.Collection> collections) {
    }

    public String size;
    public Instant started;
    public Instant finished;
    public Machine machine;
    public List<String> serviceArguments = List.of();
    public String loadAverageAtEnd;
    public double firstStartSeconds;
    public Seeder.Seeded seeded;
    public double measuredStartSeconds;
    public ReplayWatch.Result replay;
    public ReadModelRebuild.Result rebuild;
    public final List<Ingest> ingest = new ArrayList<>();
    public TwoNodes twoNodes;
    public Wrk.Result trace;
    public Wrk.Result trivial;
    public JdbcLookup.Result jdbcLookup;
    public LagProbe.Result lag;
    public Wrk.Result lagLoad;
    public SeedFidelity.Report fidelity;
    public Heap heap;
    public final List<Phase> phases = new ArrayList<>();
    public final Map<String, JfrHotspots.Profile> profiles = new LinkedHashMap<>();

    public Phase phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
