package org.foodtrace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.foodtrace.bench.app.CpuMeter;
import org.foodtrace.bench.app.GcLog;
import org.foodtrace.bench.app.JfrHotspots;
import org.foodtrace.bench.app.ReadModelRebuild;
import org.foodtrace.bench.app.ReplayWatch;
import org.foodtrace.bench.app.ServiceProcess;
import org.foodtrace.bench.load.JdbcLookup;
import org.foodtrace.bench.load.LagProbe;
import org.foodtrace.bench.load.Operators;
import org.foodtrace.bench.load.PgBench;
import org.foodtrace.bench.load.Wrk;
import org.foodtrace.bench.seed.SeedFidelity;
import org.foodtrace.bench.seed.Seeder;

/**
 * One benchmark run, start to end: a fresh database, the service's schema (its first start, which runs Flyway),
 * the seeded city, the service started again to rebuild its read models by replay, then ingest beside pgbench,
 * trace look-ups beside a trivial GET and a JDBC primary-key look-up, projection lag under a steady ingest, and
 * the heap and CPU profile of that whole second process.
 */
public final class Benchmark {

    private static final List<String> SCRIPTS = List.of("report.lua", "get.lua", "ingest.lua", "ingest-paced.lua",
            "pgbench-insert.sql");

    private final BenchSize size;
    private final Path jar;
    private final Database database;
    private final Path work;
    private final List<String> serviceArguments;
    private final boolean replayOnly;
    private final Results results = new Results();
    private CpuMeter cpu;

    /**
     * @param serviceArguments extra arguments of the measured service (e.g. {@code --trace.processing.batch-size=500}
     *                         for an experiment); empty for the service as shipped
     * @param replayOnly       stop after the replay (experiments on the rebuild)
     */
    public Benchmark(BenchSize size, Path jar, Database database, Path work, List<String> serviceArguments,
                     boolean replayOnly) {
        this.size = size;
        this.jar = jar;
        this.database = database;
        this.work = work;
        this.serviceArguments = List.copyOf(serviceArguments);
        this.replayOnly = replayOnly;
    }

    public Results run() throws Exception {
        Files.createDirectories(work);
        Path scripts = copyScripts();
        results.size = size.name();
        results.started = Instant.now();
        log("database " + database.url() + ", " + size.batches() + " batches, service " + jar.getFileName());
        database.recreate();
        results.machine = Machine.read(database);
        String regulatorToken = "bench-regulator-" + UUID.randomUUID();
        long postmaster = CpuMeter.postmasterPid(database.port());

        try (ServiceProcess first = ServiceProcess.start(jar, database, regulatorToken, work, "migrate", false,
                List.of())) {
            results.firstStartSeconds = seconds(first.awaitHealthy(Duration.ofMinutes(5)));
            log("schema migrated by the service's first start in " + results.firstStartSeconds + " s");
        }

        cpu = new CpuMeter(ProcessHandle.current().pid(), postmaster);
        results.seeded = timed("seed", () -> new Seeder(size, work).seed(database.urlWithCredentials()));
        log("seeded " + results.seeded.batches() + " batches, " + results.seeded.events() + " events in "
                + results.seeded.seconds() + " s");

        try (ServiceProcess service = ServiceProcess.start(jar, database, regulatorToken, work, "measured", true,
                serviceArguments)) {
            cpu = new CpuMeter(service.pid(), postmaster);
            Instant replayStart = Instant.now();
            CpuMeter.Snapshot before = cpu.snapshot();
            results.measuredStartSeconds = seconds(service.awaitHealthy(Duration.ofMinutes(5)));
            results.replay = new ReplayWatch(database).await(results.seeded.events(), service.started(),
                    size.replayTimeout());
            results.phases.add(new Phase("replay", replayStart, Instant.now(), cpu.between(before, cpu.snapshot())));
            log("replay: " + results.replay.events() + " events in " + results.replay.seconds() + " s = "
                    + Math.round(results.replay.eventsPerSecond()) + " events/s"
                    + (results.replay.complete() ? "" : " (NOT caught up before the timeout)"));
            if (!results.replay.complete()) {
                throw new IllegalStateException("the read models did not catch up within " + size.replayTimeout()
                        + "; see " + service.log());
            }
            results.serviceArguments = serviceArguments;
            results.rebuild = timed("rebuild-trace-view", () -> new ReadModelRebuild(service.baseUrl(),
                    regulatorToken).run("trace-view", results.seeded.events(), size.replayTimeout()));
            log("rebuild of the trace view alone: " + results.rebuild.events() + " events in "
                    + results.rebuild.seconds() + " s = " + Math.round(results.rebuild.eventsPerSecond())
                    + " events/s" + (results.rebuild.complete() ? "" : " (NOT caught up before the timeout)"));
            database.analyze();
            log("ANALYZE after the rebuilds (what autovacuum does later on its own)");
            if (!replayOnly) {
                measureLoad(service, regulatorToken, scripts);
            }
        } finally {
            results.finished = Instant.now();
            results.loadAverageAtEnd = Machine.loadAverage();
        }
        readProfile();
        return results;
    }

    private void measureLoad(ServiceProcess service, String regulatorToken, Path scripts) throws Exception {
        Wrk wrk = new Wrk(scripts, work);
        int pairs = size.concurrencies().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Operators.Pair> operators = new Operators(service.baseUrl(), regulatorToken).register(pairs);
        Path ingestConfig = Operators.writeIngestConfig(work.resolve("ingest-config.lua"), operators,
                "R" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(), 0);
        PgBench pgbench = new PgBench(database, scripts.resolve("pgbench-insert.sql"), work);
        pgbench.prepare();

        timed("ingest-warm-up", () -> wrk.run("ingest-warm-up", "ingest.lua", service.baseUrl(), 4, 4,
                size.warmUp(), ingestConfig.toString()));
        for (int connections : size.concurrencies()) {
            Wrk.Result http = timed("ingest-c" + connections, () -> wrk.run("ingest-c" + connections, "ingest.lua",
                    service.baseUrl(), connections, connections, size.ingestRun(), ingestConfig.toString()));
            PgBench.Result baseline = timed("pgbench-c" + connections, () -> pgbench.run(connections,
                    size.ingestRun(), results.seeded.averageEventBytes()));
            Results.Ingest point = new Results.Ingest(connections, http, baseline,
                    results.phase("ingest-c" + connections), results.phase("pgbench-c" + connections));
            results.ingest.add(point);
            log("ingest c=%d: %.0f commands/s (%d refused, %d non-2xx), pgbench %.0f tx/s, ratio %.2f".formatted(
                    connections, http.requestsPerSecond(), point.refused(), http.non2xx(),
                    baseline.transactionsPerSecond(), point.ratio()));
        }

        measureTwoNodes(service, regulatorToken, wrk, operators);

        Path codes = results.seeded.codes();
        int traceThreads = Math.min(2, size.traceConnections());
        timed("trace-warm-up", () -> wrk.run("trace-warm-up", "get.lua", service.baseUrl(), traceThreads,
                size.traceConnections(), size.warmUp(), "/api/v1/trace/", codes.toString()));
        results.trace = timed("trace", () -> wrk.run("trace", "get.lua", service.baseUrl(), traceThreads,
                size.traceConnections(), size.traceRun(), "/api/v1/trace/", codes.toString()));
        results.trivial = timed("trivial-get", () -> wrk.run("trivial-get", "get.lua", service.baseUrl(),
                traceThreads, size.traceConnections(), size.traceRun(), "/actuator/health/liveness"));
        List<String> batchIds = Files.readAllLines(results.seeded.batchIds());
        results.jdbcLookup = timed("jdbc-lookup", () -> new JdbcLookup(database).run(batchIds,
                size.traceConnections(), size.traceRun()));
        log("trace: %.0f/s p50 %.2f ms p99 %.2f ms (%d not 200); trivial GET %.0f/s; JDBC %.0f/s p99 %.3f ms"
                .formatted(results.trace.requestsPerSecond(), results.trace.percentile(50),
                        results.trace.percentile(99), results.trace.counter("not_ok"),
                        results.trivial.requestsPerSecond(), results.jdbcLookup.lookupsPerSecond(),
                        results.jdbcLookup.p99Millis()));

        Path pacedConfig = Operators.writeIngestConfig(work.resolve("ingest-paced-config.lua"), operators,
                "L" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(), size.lagPauseMillis());
        LagProbe probe = new LagProbe(database);
        Thread probing = new Thread(probe, "lag-probe");
        probing.start();
        try {
            results.lagLoad = timed("lag", () -> wrk.run("lag", "ingest-paced.lua", service.baseUrl(),
                    size.lagConnections(), size.lagConnections(), size.lagRun(), pacedConfig.toString()));
        } finally {
            probe.stop();
            probing.join();
        }
        results.lag = probe.result();
        results.fidelity = SeedFidelity.check(database, results.seeded.events());
        log("seeded rows compared with the service's own for " + results.fidelity.compared() + ": "
                + (results.fidelity.differences().isEmpty() ? "same shape" : results.fidelity.differences()));
        log("projection lag at %.0f commands/s: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d events".formatted(
                results.lagLoad.requestsPerSecond(), results.lag.p50Millis(), results.lag.p99Millis(),
                results.lag.maxMillis(), results.lag.events()));
    }

    /**
     * A second node on the same database, started now (so the first keeps every processor segment, as in
     * production when a node is added), and both driven at once with half of the last run's connections each.
     */
    private void measureTwoNodes(ServiceProcess service, String regulatorToken, Wrk wrk,
                                 List<Operators.Pair> operators) throws Exception {
        Results.Ingest last = results.ingest.get(results.ingest.size() - 1);
        int half = Math.max(1, last.connections() / 2);
        try (ServiceProcess second = ServiceProcess.start(jar, database, regulatorToken, work, "second-node", false,
                serviceArguments)) {
            second.awaitHealthy(Duration.ofMinutes(5));
            Path firstConfig = Operators.writeIngestConfig(work.resolve("ingest-config-node1.lua"), operators,
                    "A" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(), 0);
            Path secondConfig = Operators.writeIngestConfig(work.resolve("ingest-config-node2.lua"), operators,
                    "B" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(), 0);
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                results.twoNodes = timed("two-nodes", () -> {
                    Future<Wrk.Result> first = both.submit(() -> wrk.run("two-nodes-1", "ingest.lua",
                            service.baseUrl(), half, half, size.ingestRun(), firstConfig.toString()));
                    Future<Wrk.Result> other = both.submit(() -> wrk.run("two-nodes-2", "ingest.lua",
                            second.baseUrl(), half, half, size.ingestRun(), secondConfig.toString()));
                    return new Results.TwoNodes(2 * half, last.http().requestsPerSecond(), first.get(),
                            other.get());
                });
            } finally {
                both.shutdownNow();
            }
        }
        log("two nodes, %d connections each: %.0f + %.0f = %.0f commands/s; one node at %d: %.0f (ratio %.2f)"
                .formatted(half, results.twoNodes.first().requestsPerSecond(),
                        results.twoNodes.second().requestsPerSecond(), results.twoNodes.combined(),
                        last.connections(), results.twoNodes.oneNode(), results.twoNodes.ratio()));
    }

    /** Heap from the GC log and CPU profiles from the JFR recording, once the measured process has exited. */
    private void readProfile() throws IOException {
        results.heap = heapOf(work.resolve("gc-measured.log"), results.phases);
        Path recording = work.resolve("app-measured.jfr");
        if (Files.exists(recording)) {
            List<JfrHotspots.Window> windows = results.phases.stream()
                    .filter(phase -> !phase.name().equals("seed") && !phase.name().startsWith("pgbench")
                            && !phase.name().endsWith("warm-up") && !phase.name().equals("jdbc-lookup"))
                    .map(phase -> new JfrHotspots.Window(phase.name(), phase.start(), phase.end())).toList();
            results.profiles.putAll(JfrHotspots.profile(recording, windows, 12));
        }
    }

    /** The measured service's heap from its GC log, or null without one. */
    static Results.Heap heapOf(Path gcLog, List<Phase> phases) throws IOException {
        if (!Files.exists(gcLog)) {
            return null;
        }
        List<GcLog.Collection> collections = GcLog.read(gcLog);
        Map<String, Long> byPhase = new LinkedHashMap<>();
        for (Phase phase : phases) {
            byPhase.put(phase.name(), GcLog.peakBefore(collections, phase.start(), phase.end()));
        }
        return new Results.Heap(
                collections.stream().mapToLong(GcLog.Collection::beforeMiB).max().orElse(0),
                collections.stream().mapToLong(GcLog.Collection::afterMiB).max().orElse(0),
                collections.stream().mapToLong(GcLog.Collection::committedMiB).max().orElse(0),
                ServiceProcess.MAX_HEAP, GcLog.pauseSeconds(collections), byPhase,
                collections);
    }

    private <T> T timed(String name, Callable<T> work) throws Exception {
        Instant start = Instant.now();
        CpuMeter.Snapshot before = cpu.snapshot();
        T result = work.call();
        results.phases.add(new Phase(name, start, Instant.now(), cpu.between(before, cpu.snapshot())));
        return result;
    }

    private Path copyScripts() throws IOException {
        Path scripts = Files.createDirectories(work.resolve("scripts"));
        for (String script : SCRIPTS) {
            try (InputStream in = Benchmark.class.getResourceAsStream("/bench/" + script)) {
                Files.copy(in, scripts.resolve(script), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return scripts;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now() + "] " + message);
    }
}
