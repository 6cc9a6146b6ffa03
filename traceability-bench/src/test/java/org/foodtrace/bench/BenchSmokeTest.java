package org.foodtrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The benchmark itself at smoke size (2,000 batches, 5-second runs), so that it cannot rot: the packaged
 * service on a PostgreSQL server, wrk and pgbench. Skipped, saying why, where wrk, pgbench or the server
 * ({@code bench.db.url}) is missing.
 */
class BenchSmokeTest {

    @Test
    void the_benchmark_runs_end_to_end_at_smoke_size() throws Exception {
        String missing = BenchMain.missingTools();
        if (missing == null) {
            missing = serverMissing();
        }
        if (missing != null) {
            System.out.println("Benchmark smoke test SKIPPED: " + missing);
        }
        Assumptions.assumeTrue(missing == null, "Benchmark smoke test skipped: " + missing);
        Path output = Path.of(System.getProperty("bench.output", "target/bench-smoke"));

        Results results = BenchMain.run(BenchSize.SMOKE, output);

        assertThat(results.seeded.batches()).isGreaterThanOrEqualTo(2_000);
        assertThat(results.replay.complete()).as("every read model caught up").isTrue();
        assertThat(results.ingest).hasSize(BenchSize.SMOKE.concurrencies().size()).allSatisfy(point -> {
            assertThat(point.http().requests()).isPositive();
            assertThat(point.refused()).as("commands refused at %d connections", point.connections()).isZero();
            assertThat(point.http().socketErrors()).isZero();
            assertThat(point.baseline().transactions()).isPositive();
        });
        assertThat(results.trace.requests()).isPositive();
        assertThat(results.trace.counter("not_ok")).as("trace look-ups of seeded codes that were not 200").isZero();
        assertThat(results.trivial.counter("not_ok")).isZero();
        assertThat(results.jdbcLookup.misses()).isZero();
        assertThat(results.lag.events()).isPositive();
        assertThat(results.lag.unresolved()).as("events never seen in the read models").isZero();
        assertThat(results.fidelity.compared()).as("event types both seeded and written by the service")
                .contains("BatchRegistered of VegetableBatch", "OperatorRegistered of Operator");
        assertThat(results.fidelity.differences()).as("seeded rows shaped unlike the service's own").isEmpty();
        assertThat(results.heap.peakUsedMiB()).isPositive();
        assertThat(results.profiles).isNotEmpty();
        assertThat(output.resolve("images/bench-ingest-throughput.png")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("report.md"))).contains("| 5 | read-model rebuild by replay");
    }

    private static String serverMissing() {
        String url = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        try (var connection = DriverManager.getConnection(url)) {
            return null;
        } catch (SQLException e) {
            return "no PostgreSQL server at " + url + " (" + e.getMessage() + "); set -Dbench.db.url";
        }
    }
}
