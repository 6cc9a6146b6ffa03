package org.foodtrace.bench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.foodtrace.bench.Phase;
import org.foodtrace.bench.Results;
import org.foodtrace.bench.app.JfrHotspots;

/**
 * Renders a run's results as Markdown: the figures against their targets, the ingest comparison per
 * concurrency, the run's phases with where the CPU went, and the service's hottest frames per phase.
 */
public final class Report {

    public static final double INGEST_RATIO_TARGET = 0.5;
    public static final double TRACE_P99_TARGET_MS = 20;
    public static final double TRACE_RATIO_TARGET = 0.7;
    public static final double LAG_P99_TARGET_MS = 250;
    public static final double REPLAY_TARGET = 20_000;
    public static final long HEAP_TARGET_MIB = 512;

    private final Results r;
    private final String imagePrefix;

    /** @param imagePrefix where the charts are, relative to the Markdown file (e.g. "images/") */
    public Report(Results results, String imagePrefix) {
        this.r = results;
        this.imagePrefix = imagePrefix;
    }

    /** The figures table: every measured figure, its same-run baseline and ratio, the target, pass or miss. */
    public String figures() {
        StringBuilder md = new StringBuilder();
        md.append("| # | figure | measured | same-run baseline | ratio | target | result |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Results.Ingest point : r.ingest) {
            md.append(row("2", "command ingest over HTTP, " + point.connections() + " connection"
                            + (point.connections() == 1 ? "" : "s"),
                    f0(point.http().requestsPerSecond()) + " commands/s (p99 " + f1(point.http().percentile(99))
                            + " ms)",
                    "pgbench insert+commit: " + f0(point.baseline().transactionsPerSecond()) + " tx/s",
                    f2(point.ratio()), "≥ " + INGEST_RATIO_TARGET, point.ratio() >= INGEST_RATIO_TARGET));
        }
        if (r.twoNodes != null) {
            Results.TwoNodes two = r.twoNodes;
            md.append(row("–", "command ingest, two nodes on one database (" + two.connections() / 2
                            + " connections each; scaling.md)", f0(two.combined()) + " commands/s ("
                            + f0(two.first().requestsPerSecond()) + " + " + f0(two.second().requestsPerSecond())
                            + ")", "one node, " + two.connections() + " connections: " + f0(two.oneNode())
                            + " commands/s", f2(two.ratio()), "(scale-out reference)", null));
        }
        md.append(row("3", "`GET /api/v1/trace/{code}` latency, " + r.trace.connections() + " connections, "
                        + String.format(Locale.ROOT, "%,d", r.seeded.batches()) + " batches",
                "p50 " + f2(r.trace.percentile(50)) + " ms, p99 " + f2(r.trace.percentile(99)) + " ms",
                "trivial GET p99 " + f2(r.trivial.percentile(99)) + " ms", "–",
                "p99 < " + f0(TRACE_P99_TARGET_MS) + " ms", r.trace.percentile(99) < TRACE_P99_TARGET_MS));
        double traceRatio = r.trace.requestsPerSecond() / r.trivial.requestsPerSecond();
        md.append(row("3", "`GET /api/v1/trace/{code}` throughput", f0(r.trace.requestsPerSecond()) + " req/s",
                "`GET /actuator/health/liveness`: " + f0(r.trivial.requestsPerSecond()) + " req/s", f2(traceRatio),
                "≥ " + TRACE_RATIO_TARGET, traceRatio >= TRACE_RATIO_TARGET));
        md.append(row("3", "raw JDBC primary-key look-up of the trace view row (`trace_batch`)",
                f0(r.jdbcLookup.lookupsPerSecond()) + " look-ups/s, p50 " + f3(r.jdbcLookup.p50Millis())
                        + " ms, p99 " + f3(r.jdbcLookup.p99Millis()) + " ms", "–", "–", "(reference)", null));
        md.append(row("4", "projection lag under sustained ingest (" + f0(r.lagLoad.requestsPerSecond())
                        + " commands/s)", "p50 " + f0(r.lag.p50Millis()) + " ms, p99 " + f0(r.lag.p99Millis())
                        + " ms, max " + f0(r.lag.maxMillis()) + " ms (" + r.lag.events() + " events)",
                "–", "–", "p99 < " + f0(LAG_P99_TARGET_MS) + " ms", r.lag.p99Millis() < LAG_P99_TARGET_MS));
        md.append(row("5", "read-model rebuild by replay (" + String.format(Locale.ROOT, "%,d", r.replay.events())
                        + " events, every processor)", f0(r.replay.eventsPerSecond()) + " events/s ("
                        + f1(r.replay.seconds()) + " s)", "–", "–", "≥ " + f0(REPLAY_TARGET) + " events/s",
                r.replay.eventsPerSecond() >= REPLAY_TARGET));
        if (r.rebuild != null) {
            md.append(row("5", "rebuild of one read model (`POST /api/v1/admin/read-models/" + r.rebuild.group()
                            + "/rebuild`, the trace view, while the others run on)", r.rebuild.complete()
                            ? f0(r.rebuild.eventsPerSecond()) + " events/s (" + f1(r.rebuild.seconds()) + " s)"
                            : "not caught up after " + f1(r.rebuild.seconds()) + " s", "–", "–",
                    "≥ " + f0(REPLAY_TARGET) + " events/s", r.rebuild.eventsPerSecond() >= REPLAY_TARGET));
        }
        if (r.heap != null) {
            md.append(row("6", "heap high-water mark of the service (-Xmx" + r.heap.maxHeap() + ", whole run)",
                    r.heap.peakUsedMiB() + " MiB used (most retained after a GC: " + r.heap.peakAfterGcMiB()
                            + " MiB; " + r.heap.collections().size() + " collections paused the service "
                            + f1(r.heap.gcPauseSeconds()) + " s in all, " + f1(100 * r.heap.gcPauseSeconds()
                            / Math.max(1, Duration.between(r.started, r.finished).toMillis() / 1000.0))
                            + " % of the run)", "–", "–", "≤ " + HEAP_TARGET_MIB + " MiB",
                    r.heap.peakUsedMiB() <= HEAP_TARGET_MIB));
        }
        md.append(row("1", "seeding (binary COPY into `domainevententry`)", String.format(Locale.ROOT,
                        "%,d batches, %,d events in %s s", r.seeded.batches(), r.seeded.events(),
                        f1(r.seeded.seconds())), "–", "–", "(fits the run)", null));
        if (r.fidelity != null) {
            md.append(row("1", "seeded rows against the rows the service wrote in the same run",
                    r.fidelity.differences().isEmpty()
                            ? "same aggregate type, revision, JSON shape, metadata keys, timestamp format for "
                                    + String.join(", ", r.fidelity.compared())
                            : String.join("; ", r.fidelity.differences()),
                    "–", "–", "identical shape", r.fidelity.differences().isEmpty()));
        }
        return md.toString();
    }

    public String ingestTable() {
        StringBuilder md = new StringBuilder("| connections | commands/s | p50 ms | p99 ms | refused | non-2xx "
                + "| pgbench tx/s | pgbench mean ms | ratio | CPU cores: service / PostgreSQL / rest (HTTP) "
                + "| CPU cores: PostgreSQL / rest (pgbench) |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Results.Ingest p : r.ingest) {
            md.append("| ").append(p.connections()).append(" | ").append(f0(p.http().requestsPerSecond()))
                    .append(" | ").append(f1(p.http().percentile(50))).append(" | ")
                    .append(f1(p.http().percentile(99))).append(" | ").append(p.refused()).append(" | ")
                    .append(p.http().non2xx()).append(" | ").append(f0(p.baseline().transactionsPerSecond()))
                    .append(" | ").append(f2(p.baseline().latencyAverageMillis())).append(" | ")
                    .append(f2(p.ratio())).append(" | ").append(cpu(p.httpPhase(), true)).append(" | ")
                    .append(cpu(p.baselinePhase(), false)).append(" |\n");
        }
        return md.toString();
    }

    public String phases() {
        StringBuilder md = new StringBuilder("| phase | seconds | CPU cores: service | PostgreSQL | rest of the "
                + "machine | service heap peak (MiB) |\n|---|---|---|---|---|---|\n");
        for (Phase phase : r.phases) {
            Long heap = r.heap == null ? null : r.heap.peakUsedByPhaseMiB().get(phase.name());
            md.append("| ").append(phase.name()).append(" | ").append(f1(phase.seconds())).append(" | ")
                    .append(f2(phase.cpu().service())).append(" | ").append(f2(phase.cpu().postgres()))
                    .append(" | ").append(f2(phase.cpu().other())).append(" | ")
                    .append(heap == null || heap == 0 ? "–" : heap).append(" |\n");
        }
        return md.toString();
    }

    public String profiles() {
        StringBuilder md = new StringBuilder();
        for (Map.Entry<String, JfrHotspots.Profile> entry : r.profiles.entrySet()) {
            JfrHotspots.Profile profile = entry.getValue();
            md.append("**").append(entry.getKey()).append("** (").append(profile.samples())
                    .append(" execution samples). By component: ")
                    .append(profile.components().entrySet().stream()
                            .map(c -> c.getKey() + " " + pct(c.getValue())).reduce((a, b) -> a + ", " + b)
                            .orElse("none"))
                    .append(".\n\n| self (top of stack) | share | inclusive (service and Axon methods) | share |\n"
                            + "|---|---|---|---|\n");
            List<Map.Entry<String, Double>> self = new ArrayList<>(profile.self().entrySet());
            List<Map.Entry<String, Double>> inclusive = new ArrayList<>(profile.inclusive().entrySet());
            for (int i = 0; i < Math.max(self.size(), inclusive.size()); i++) {
                md.append("| ").append(i < self.size() ? "`" + self.get(i).getKey() + "`" : "").append(" | ")
                        .append(i < self.size() ? pct(self.get(i).getValue()) : "").append(" | ")
                        .append(i < inclusive.size() ? "`" + inclusive.get(i).getKey() + "`" : "").append(" | ")
                        .append(i < inclusive.size() ? pct(inclusive.get(i).getValue()) : "").append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public String machine() {
        var m = r.machine;
        return "| fact | value |\n|---|---|\n"
                + "| CPU | " + m.cpuModel() + ", " + m.cores() + " cores (`nproc`) |\n"
                + "| memory | " + String.format(Locale.ROOT, "%,d", m.memoryMiB()) + " MiB |\n"
                + "| kernel | " + m.kernel() + " |\n"
                + "| PostgreSQL | " + m.postgres() + " |\n"
                + "| PostgreSQL settings | " + m.postgresSettings().entrySet().stream()
                        .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").reduce((a, b) -> a + ", " + b)
                        .orElse("") + " |\n"
                + "| JDK | " + m.jdk() + " |\n"
                + "| load generators | " + m.wrk() + "; " + m.pgbench() + " |\n"
                + "| run | " + r.started + " → " + r.finished + " (size `" + r.size + "`) |\n"
                + "| load average (1/5/15 min) | at start " + m.loadAverageAtStart() + ", at end "
                + r.loadAverageAtEnd + " |\n";
    }

    public String charts() {
        return "![Ingest throughput against concurrency](" + imagePrefix + "bench-ingest-throughput.png)\n"
                + "![Latency distributions](" + imagePrefix + "bench-latency.png)\n"
                + "![Projection lag](" + imagePrefix + "bench-lag.png)\n"
                + "![Replay progress](" + imagePrefix + "bench-replay.png)\n"
                + "![Service heap](" + imagePrefix + "bench-heap.png)\n";
    }

    /** The whole generated block. */
    public String render() {
        return "### Figures\n\n" + figures() + "\n### Ingest per concurrency\n\n" + ingestTable()
                + "\n### Machine\n\n" + machine() + "\n### Phases\n\n" + phases()
                + "\n### Service CPU profile per phase (JFR)\n\n" + profiles() + "### Charts\n\n" + charts();
    }

    private static String cpu(Phase phase, boolean withService) {
        if (phase == null) {
            return "–";
        }
        return withService
                ? f2(phase.cpu().service()) + " / " + f2(phase.cpu().postgres()) + " / " + f2(phase.cpu().other())
                : f2(phase.cpu().postgres()) + " / " + f2(phase.cpu().other() + phase.cpu().service());
    }

    private static String row(String item, String figure, String measured, String baseline, String ratio,
                              String target, Boolean pass) {
        return "| " + item + " | " + figure + " | " + measured + " | " + baseline + " | " + ratio + " | " + target
                + " | " + (pass == null ? "–" : pass ? "**pass**" : "**miss**") + " |\n";
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String trim(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
