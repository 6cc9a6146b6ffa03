package org.foodtrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.foodtrace.bench.load.PgBench;
import org.foodtrace.bench.load.Wrk;
import org.foodtrace.bench.report.Charts;
import org.foodtrace.bench.report.DocsPage;
import org.foodtrace.bench.report.Report;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmark: {@code ./mvnw -Pbench -pl traceability-bench -am verify -Dbench.size=full}.
 * System properties: {@code bench.size} (smoke | full), {@code bench.batches} (override the seeded batches),
 * {@code bench.app.jar}, {@code bench.db.url} (an administrative JDBC URL of the PostgreSQL server),
 * {@code bench.output} (working files, results.json, report.md, charts), {@code bench.docs} (a full run also
 * writes docs/benchmarks.md's generated block and docs/images/bench-*.png there); for experiments,
 * {@code bench.service.args} (extra arguments of the measured service, space-separated) and
 * {@code bench.replay-only=true} (stop after the rebuilds); {@code bench.report-only=true} renders the report of
 * the last run again from its working files.
 */
public final class BenchMain {

    /** results.json, written indented; read back with its final collection fields filled in place. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS).build();

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchSize size = size();
        Path output = Path.of(System.getProperty("bench.output", "target/bench-" + size.name()));
        String docs = System.getProperty("bench.docs");
        Results results = Boolean.getBoolean("bench.report-only") ? reportAgain(output) : run(size, output);
        boolean experiment = !System.getProperty("bench.service.args", "").isBlank()
                || Boolean.getBoolean("bench.replay-only");
        if (docs != null && !docs.isBlank() && size.name().equals("full") && !experiment) {
            Path docsDirectory = Path.of(docs);
            Charts.write(results, docsDirectory.resolve("images"));
            DocsPage.update(docsDirectory.resolve("benchmarks.md"), new Report(results, "images/").render());
            Benchmark.log("updated " + docsDirectory.resolve("benchmarks.md") + " and its charts");
        }
    }

    /**
     * Renders the report of the run whose working files are in {@code output} again ({@code
     * -Dbench.report-only=true}), reading the heap from its GC log anew: for a change to the report or to how a
     * figure is read from the files, without measuring again.
     */
    static Results reportAgain(Path output) throws Exception {
        Results results = JSON.readValue(output.resolve("results.json").toFile(), Results.class);
        results.heap = Benchmark.heapOf(output.resolve("gc-measured.log"), results.phases);
        Charts.write(results, output.resolve("images"));
        Files.writeString(output.resolve("report.md"), new Report(results, "images/").render());
        JSON.writeValue(output.resolve("results.json").toFile(), results);
        Benchmark.log("report rendered again from " + output.resolve("results.json"));
        return results;
    }

    public static BenchSize size() {
        BenchSize size = BenchSize.named(System.getProperty("bench.size", "smoke"));
        String batches = System.getProperty("bench.batches");
        return batches == null || batches.isBlank() ? size : size.withBatches(Integer.parseInt(batches));
    }

    /** Runs one benchmark and leaves results.json, report.md and the charts in {@code output}. */
    public static Results run(BenchSize size, Path output) throws Exception {
        String missing = missingTools();
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        Path jar = Path.of(System.getProperty("bench.app.jar",
                "../traceability-api/target/traceability-api-0.1.0-SNAPSHOT.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar + ": build it first (./mvnw -DskipTests package)");
        }
        Database database = Database.on(System.getProperty("bench.db.url",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"), "trace_bench_" + size.name());
        String arguments = System.getProperty("bench.service.args", "").trim();
        boolean replayOnly = Boolean.getBoolean("bench.replay-only");
        Results results = new Benchmark(size, jar, database, output.toAbsolutePath(),
                arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+")), replayOnly).run();
        JSON.writeValue(output.resolve("results.json").toFile(), results);
        if (replayOnly) {
            Benchmark.log("replay only: results in " + output.resolve("results.json"));
            return results;
        }
        Charts.write(results, output.resolve("images"));
        Files.writeString(output.resolve("report.md"), new Report(results, "images/").render());
        Benchmark.log("results in " + output.resolve("report.md"));
        return results;
    }

    /** Why the benchmark cannot run here, or null. */
    public static String missingTools() {
        if (!Wrk.available()) {
            return "wrk is not installed (Debian: apt-get install -y wrk)";
        }
        if (!PgBench.available()) {
            return "pgbench is not installed (it comes with the server package; Debian: apt-get install -y postgresql)";
        }
        return null;
    }
}
